import type { Choice } from './choices';

export interface RadioGroupProps<T extends string | number> {
  legend: string;
  /** The name shared by the radio buttons; also the prefix of their ids. */
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  /** A sentence under the legend about the whole group. */
  hint?: string;
}

/** A labelled group of radio buttons, each with an optional hint read with its label. */
export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { legend, name, choices, value, onChange, hint } = props;
  return (
    <fieldset class="tl-fieldset">
      <legend>{legend}</legend>
      {hint && <p class="tl-hint">{hint}</p>}
      <div class="tl-choices">
        {choices.map((choice) => {
          const id = `${name}-${choice.value}`;
          return (
            <div class="tl-choice" key={id}>
              <input
                type="radio"
                id={id}
                name={name}
                checked={choice.value === value}
                aria-describedby={choice.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(choice.value)}
              />
              <label for={id} lang={choice.lang}>
                {choice.label}
              </label>
              {choice.hint && (
                <p id={`${id}-hint`} class="tl-choice-hint">
                  {choice.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
