// Which prose figures restate which table cells, in a table of sentences: the sample report's
// prose paragraph replaced by each sentence, its tables kept. Only the reporting body's own figures
// of the report year restate a table; a phrase naming several cells is their sum.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildDocument } from '../../server/src/core/document';
import { findRestatements } from '../../server/src/core/facts/restatements';
import { unmark } from './expect';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'synthetic-2019.txt'), 'utf8');
const PARAGRAPH = /^全年共收到政府信息公开申请35件.*$/m;

/** [sentence with ⟦the figure⟧, the quantity it restates (the alias name) or null, the table cells' sum]. */
const CASES: [sentence: string, quantity: string | null, table?: number][] = [
  ['全年共收到政府信息公开申请⟦35⟧件。', '本年新收政府信息公开申请数量', 35],
  ['全年共收到政府信息公开申请⟦35⟧件（含上年结转0件）。', '本年新收与上年结转申请数量之和', 35],
  ['全年共收到政府信息公开申请⟦35⟧件（\n含上年结转0件）。', '本年新收与上年结转申请数量之和', 35],
  ['予以公开和部分公开合计⟦7⟧件，占办结总数的21.9%。', '予以公开和部分公开数量之和', 7],
  ['全年作出行政处罚决定⟦6528⟧件，均在网站公示。', '行政处罚决定数量', 6528],
  ['全年作出行政许可决定⟦14271⟧件。', '行政许可决定数量', 14271],
  ['全年辦結政府信息公開申請⟦32⟧件。', '本年度办理结果总计', 32],
  ['全年共收到政府信息公开申请35件，其中自然人申请⟦17⟧件、法人或其他组织申请18件。', '自然人申请数量', 17],
  ['各乡镇另收到申请⟦17⟧件，已由乡镇自行办理。', null],
  ['上年度共收到政府信息公开申请⟦28⟧件。', null],
  ['本年新收申请35件，较上年（⟦28⟧件）增长25%。', null],
  ['全年新收申请35件，较上年增加⟦7⟧件。', null],
  ['县政府法制办全年共受理各类行政复议案件⟦41⟧件。', null],
  ['全区共收到政府信息公开申请35件，其中区自然资源局受理⟦12⟧件。', null],
  ['涉及房屋征收补偿的申请8件，其中予以公开⟦3⟧件，占38%。', null],
  ['全年收到涉及政府信息公开的申请35件，其中予以公开⟦1⟧件。', '予以公开数量', 4],
  ['另有涉及治安处罚的行政复议案件⟦46⟧件，不属于政府信息公开类案件，未列入下表。', null],
  ['全年办理行政复议案件⟦312⟧件；上述案件为全区行政复议案件，不是本局作为被申请人的政府信息公开行政复议。', null],
  ['本局发生政府信息公开行政复议案件⟦1⟧件。另有行政复议案件46件，未列入下表。', '行政复议数量', 2],
];

describe('prose figures that restate a table', () => {
  for (const [sentence, quantity, table] of CASES) {
    test(`${sentence.replace(/\n/g, '⏎')} → ${quantity ?? 'nothing'}`, () => {
      const { text, spans } = unmark(SAMPLE.replace(PARAGRAPH, sentence));
      const found = findRestatements(buildDocument({ text })).filter((r) => r.figure.start === spans[0].start);
      assert.deepEqual(
        found.map((r) => r.alias.name),
        quantity ? [quantity] : [],
      );
      if (table !== undefined) assert.equal(found[0].cells.reduce((s, c) => s + c.value!.units, 0), table);
    });
  }
});
