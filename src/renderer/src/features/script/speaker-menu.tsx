import { useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Gender } from '../../../../shared/script';
import { useCastStore } from '../cast/cast-store';
import { focusScript, segmentElementId } from './focus-script';
import { segmentIn } from './script-layout';
import { useScriptStore } from './script-store';
import { speakerOptions, speakerShortcuts, type SpeakerOption } from './speaker-options';

/** The speaker menu of the line it was opened on, or nothing. */
export function SpeakerMenu() {
  const segmentId = useScriptStore((s) => s.speakerMenuFor);
  return segmentId === null ? null : <SpeakerMenuPopup key={segmentId} segmentId={segmentId} />;
}

const MENU_WIDTH = 320;
const MENU_HEIGHT = 380;

/** Where the menu goes: under the line's chip, or above it when there is no room below. */
function placeNear(segmentId: number): CSSProperties {
  const anchor = document.getElementById(segmentElementId(segmentId))?.querySelector('.speaker-chip') ?? document.getElementById(segmentElementId(segmentId));
  const rect = anchor?.getBoundingClientRect();
  if (!rect) return { top: 80, left: 80 };
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - MENU_WIDTH - 8));
  const below = rect.bottom + 4;
  const top = below + MENU_HEIGHT > window.innerHeight ? Math.max(8, rect.top - MENU_HEIGHT - 4) : below;
  return { top, left };
}

/**
 * A combobox over the cast: typing narrows the list (names and aliases), the arrow keys move, Enter
 * chooses, the number keys 1–9 choose a recent speaker while nothing is typed, and the last option
 * creates a new character with the typed name.
 */
function SpeakerMenuPopup({ segmentId }: { segmentId: number }) {
  const cast = useCastStore((s) => s.cast);
  const recent = useScriptStore((s) => s.recentSpeakers);
  const segment = useScriptStore((s) => segmentIn(s.layout, segmentId));
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const [naming, setNaming] = useState<{ gender: Gender } | null>(null);
  // Placed before the first paint (the chip is already on screen), so the input can take the focus.
  const [position] = useState<CSSProperties>(() => placeNear(segmentId));
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const shortcuts = useMemo(() => speakerShortcuts(recent, cast), [recent, cast]);
  const options = useMemo(() => speakerOptions(cast, shortcuts, typed), [cast, shortcuts, typed]);
  const current = Math.min(active, options.length - 1);

  useLayoutEffect(() => {
    inputRef.current?.focus({ preventScroll: true });
  }, []);

  const close = (): void => {
    useScriptStore.getState().closeSpeakerMenu();
    focusScript();
  };

  const choose = (option: SpeakerOption | undefined): void => {
    if (!option) return;
    if (option.kind === 'new') {
      if (!option.name) {
        setNaming({ gender: 'unknown' });
        return;
      }
      void useScriptStore.getState().setSpeaker(segmentId, { newCharacter: option.name, gender: naming?.gender ?? 'unknown' });
    } else if (option.member.id !== segment?.speakerId) {
      void useScriptStore.getState().setSpeaker(segmentId, { characterId: option.member.id });
    } else {
      useScriptStore.getState().closeSpeakerMenu();
    }
    focusScript();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (naming) setNaming(null);
      else close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (naming) {
        const name = typed.trim();
        if (name) choose({ kind: 'new', name });
      } else choose(options[current]);
    } else if (!naming && typed === '' && /^[1-9]$/.test(event.key)) {
      event.preventDefault();
      const member = shortcuts[Number(event.key) - 1];
      if (member) choose({ kind: 'character', member, slot: Number(event.key) });
    } else if (event.key === 'Tab' && !naming) {
      close();
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number): string => `${id}-option-${i}`;
  return (
    <div className="speaker-menu" style={position} role="dialog" aria-label="Choose the speaker">
      <div className="speaker-menu__head">
        <label htmlFor={`${id}-input`} className="speaker-menu__label">
          {naming ? 'Name of the new character' : 'Speaker'}
        </label>
        {segment && <p className="speaker-menu__line">“{segment.text}”</p>}
      </div>
      <input
        id={`${id}-input`}
        ref={inputRef}
        className="speaker-menu__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={!naming}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={naming ? undefined : optionId(current)}
        placeholder={naming ? 'Type a name, then Enter' : 'Type a name, or 1–9'}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) useScriptStore.getState().closeSpeakerMenu();
        }}
      />
      {naming ? (
        <fieldset className="speaker-menu__gender">
          <legend>Gender</legend>
          {(['female', 'male', 'unknown'] as const).map((gender) => (
            <label key={gender}>
              <input type="radio" name={`${id}-gender`} checked={naming.gender === gender} onChange={() => setNaming({ gender })} />
              {gender === 'unknown' ? 'Not known' : gender === 'female' ? 'Female' : 'Male'}
            </label>
          ))}
        </fieldset>
      ) : (
        <ul id={listId} className="speaker-menu__list" role="listbox" aria-label="Characters">
          {options.map((option, i) => (
            <li
              key={option.kind === 'new' ? 'new' : option.member.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={i === current ? 'speaker-option speaker-option--active' : 'speaker-option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              ref={i === current ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
            >
              {option.kind === 'new' ? (
                <span className="speaker-option__new">{option.name ? `New character “${option.name}”` : 'New character…'}</span>
              ) : (
                <>
                  <span className="speaker-option__slot" aria-hidden={option.slot === null}>
                    {option.slot ?? ''}
                  </span>
                  <span className="speaker-option__swatch" style={{ background: option.member.colour }} aria-hidden="true" />
                  <span className="speaker-option__name">{option.member.name}</span>
                  {option.member.id === segment?.speakerId && <span className="speaker-option__current">current</span>}
                  <span className="speaker-option__lines">{option.member.narrator ? 'narrator' : `${option.member.lines} lines`}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
