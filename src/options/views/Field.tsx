/**
 * One labelled input of an options form, tied to its section's live region: every field says
 * whether it was refused (aria-invalid) and where the reason is read (aria-describedby).
 */
interface FieldProps {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  /** The id of the section's live region. */
  describedBy: string;
  onValue: (value: string) => void;
  /** A numeric keyboard for numbers: the model checks the range and says so beside the field. */
  inputMode?: 'url' | 'numeric';
  placeholder?: string;
  maxLength?: number;
}

export function Field({ id, label, value, invalid, describedBy, onValue, ...input }: FieldProps) {
  return (
    <div class="form__field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        autocomplete="off"
        spellcheck={false}
        {...input}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}
