// The capture form's suggestions placed on the editor's controls: a suggested business address fills the parts it
// was read into (street, city, ...); an address read only as text is not split by guessing.
import { ADDRESS_PARTS, addressField, type EditorField } from '../../../core/contact/editor-values.js';
import type { CountrySource } from '../../../core/match/signature/signature-types.js';
import type { FieldSuggestion } from '../../../engine/capture-form-fields.js';

export interface ControlSuggestion {
  readonly field: EditorField;
  readonly value: string;
  readonly source: FieldSuggestion['source'];
  readonly countrySource?: CountrySource;
}

export function controlSuggestionsOf(suggestions: readonly FieldSuggestion[]): ControlSuggestion[] {
  return suggestions.flatMap((suggestion): ControlSuggestion[] => {
    if (suggestion.field !== 'businessAddress') {
      const extra = suggestion.countrySource === undefined ? {} : { countrySource: suggestion.countrySource };
      return [{ field: suggestion.field, value: suggestion.value, source: suggestion.source, ...extra }];
    }
    const address = suggestion.address ?? {};
    return ADDRESS_PARTS.flatMap((part) => {
      const value = address[part];
      return value === undefined || value.trim() === '' ? [] : [{ field: addressField('business', part), value, source: suggestion.source }];
    });
  });
}
