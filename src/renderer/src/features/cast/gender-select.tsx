import { GENDERS, type Gender } from '../../../../shared/script';

const LABELS: Record<Gender, string> = { female: 'Female', male: 'Male', unknown: 'Not known' };

export function GenderSelect({ id, value, onChange, label = 'Gender' }: { id: string; value: Gender; onChange: (gender: Gender) => void; label?: string }) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} className="input" value={value} onChange={(event) => {
          const gender = GENDERS.find((g) => g === event.target.value);
          if (gender) onChange(gender);
        }}>
        {GENDERS.map((gender) => (
          <option key={gender} value={gender}>
            {LABELS[gender]}
          </option>
        ))}
      </select>
    </>
  );
}

export function genderLabel(gender: Gender): string {
  return LABELS[gender];
}
