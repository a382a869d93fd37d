import { useState, type FormEvent } from 'react';

/**
 * A form that names a character: the name as typed, whether it is enough to submit, and the form's
 * submit handler, which sends the trimmed name and ignores a blank one.
 */
export function useNameForm(send: (name: string) => void) {
  const [name, setName] = useState('');
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) send(trimmed);
  };
  return { name, setName, named: name.trim() !== '', onSubmit };
}
