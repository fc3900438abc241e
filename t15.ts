import { readFileSync } from 'node:fs';
import { buildDocument } from './server/src/core/document';
const t = readFileSync(process.argv[2], 'utf8');
const doc = buildDocument({ text: t });
for (const tb of doc.tables) { console.log('TABLE', tb.def.id, tb.block.firstLine, tb.block.lastLine, '|', tb.shapeIssues.map(s => `${s.rowLabel}:${s.found}/${s.expected}`).join(' ')); if (process.argv[3] === tb.def.id) console.log(JSON.stringify(tb.block.cells.map(c => c.text || (c.blank ? '∅' : '')))); }
