import type {
  BooleanDefinition,
  ChoiceDefinition,
  NumberDefinition,
} from '../../src/extension/settings/definitions';
import { formatCount } from '../../src/ui/i18n/plural';

type FieldDefinition = ChoiceDefinition<string> | NumberDefinition | BooleanDefinition;

function formatNumber(value: number, definition: NumberDefinition): string {
  return `${formatCount(value)}${definition.unit}`;
}

/** One control for one scalar setting, drawn from its definition (select, slider or checkbox). */
export function SettingField({
  name,
  definition,
  value,
  onChange,
}: {
  name: string;
  definition: FieldDefinition;
  value: string | number | boolean;
  onChange: (value: string | number | boolean) => void;
}) {
  const id = `setting-${name}`;
  if (definition.kind === 'boolean') {
    return (
      <div class="field field-boolean">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <label for={id}>{definition.label}</label>
      </div>
    );
  }
  if (definition.kind === 'number') {
    const current = typeof value === 'number' ? value : definition.default;
    return (
      <div class="field field-number">
        <label for={id}>{definition.label}</label>
        <input
          id={id}
          type="range"
          min={definition.min}
          max={definition.max}
          step={definition.step}
          value={current}
          onInput={(event) => onChange(Number(event.currentTarget.value))}
        />
        <output for={id}>{formatNumber(current, definition)}</output>
      </div>
    );
  }
  return (
    <div class="field field-choice">
      <label for={id}>{definition.label}</label>
      <select id={id} value={String(value)} onChange={(event) => onChange(event.currentTarget.value)}>
        {definition.options.map((option) => (
          <option key={option} value={option}>
            {definition.optionLabels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
