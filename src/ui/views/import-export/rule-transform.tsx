// How one CSV column is written and read: the transform kinds that make sense for its field, and the setting
// each one has (the list separator, the date form, the phone form and its country, the fixed label).
import { DATE_FORMATS } from '../../../core/mapping/document/mapping-document.js';
import type { CsvMappingRule, Transform, TransformKind } from '../../../core/mapping/document/mapping-document.js';
import { transformKindsFor, transformOfKind } from '../../../core/mapping/document/transform-choices.js';
import { format, strings } from '../../strings/strings.js';

const S = strings.mappings;
const PHONE_FORMATS = ['as-written', 'e164'] as const;

function TransformSetting({ transform, index, onChange }: { readonly transform: Transform; readonly index: number; readonly onChange: (transform: Transform) => void }) {
  const number = index + 1;
  switch (transform.kind) {
    case 'list':
      return (
        <div class="mapping-rule__field">
          <label for={`mapping-separator-${index}`}>{format(S.separator, { number })}</label>
          <input id={`mapping-separator-${index}`} class="mapping-input mapping-input--short" type="text" value={transform.separator} onInput={(event) => onChange({ ...transform, separator: event.currentTarget.value })} />
        </div>
      );
    case 'date':
      return (
        <div class="mapping-rule__field">
          <label for={`mapping-date-${index}`}>{format(S.dateFormat, { number })}</label>
          <select id={`mapping-date-${index}`} class="export-form__select" value={transform.format} onChange={(event) => onChange({ ...transform, format: event.currentTarget.value as (typeof DATE_FORMATS)[number] })}>
            {DATE_FORMATS.map((form) => (
              <option key={form} value={form}>{S.dateFormats[form]}</option>
            ))}
          </select>
        </div>
      );
    case 'phone': {
      const { region: _region, ...withoutRegion } = transform;
      return (
        <>
          <div class="mapping-rule__field">
            <label for={`mapping-phone-${index}`}>{format(S.phoneFormat, { number })}</label>
            <select id={`mapping-phone-${index}`} class="export-form__select" value={transform.format} onChange={(event) => onChange({ ...transform, format: event.currentTarget.value as (typeof PHONE_FORMATS)[number] })}>
              {PHONE_FORMATS.map((form) => (
                <option key={form} value={form}>{S.phoneFormats[form]}</option>
              ))}
            </select>
          </div>
          {transform.format === 'e164' && (
            <div class="mapping-rule__field">
              <label for={`mapping-region-${index}`}>{format(S.phoneRegion, { number })}</label>
              <input
                id={`mapping-region-${index}`}
                class="mapping-input mapping-input--short"
                type="text"
                maxLength={2}
                autoComplete="off"
                value={transform.region ?? ''}
                onInput={(event) => {
                  const region = event.currentTarget.value.trim().toUpperCase();
                  onChange(region === '' ? withoutRegion : { ...transform, region });
                }}
              />
            </div>
          )}
        </>
      );
    }
    case 'constant':
      return (
        <div class="mapping-rule__field">
          <label for={`mapping-constant-${index}`}>{format(S.constantValue, { number })}</label>
          <input id={`mapping-constant-${index}`} class="mapping-input" type="text" value={transform.value} onInput={(event) => onChange({ ...transform, value: event.currentTarget.value })} />
        </div>
      );
    default:
      return null;
  }
}

export function RuleTransform({ rule, index, onChange }: { readonly rule: CsvMappingRule; readonly index: number; readonly onChange: (transform: Transform) => void }) {
  const current = rule.transform ?? { kind: 'text' };
  const kinds = transformKindsFor(rule.field, current.kind);
  return (
    <>
      <div class="mapping-rule__field">
        <label for={`mapping-transform-${index}`}>{format(S.columnFormat, { number: index + 1 })}</label>
        <select id={`mapping-transform-${index}`} class="export-form__select" value={current.kind} onChange={(event) => onChange(transformOfKind(event.currentTarget.value as TransformKind, current))}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>{S.transforms[kind]}</option>
          ))}
        </select>
      </div>
      <TransformSetting transform={current} index={index} onChange={onChange} />
    </>
  );
}
