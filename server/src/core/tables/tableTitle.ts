// A table's title in messages, hovers and the outline: a template's table by its official name, a
// table that matches no template by its caption, saying what of it is checked.
import type { Translator } from '../messages/translate';
import type { TableDef } from '../templates/types';

export const tableTitle = (t: Translator, def: TableDef): string => (def.free ? t('table.free', { caption: def.name }) : def.name);
