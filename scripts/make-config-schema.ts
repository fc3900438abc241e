// Writes schemas/govreportrc.schema.json, the JSON schema of the configuration file, from the rule
// registry and the manifest's translated rule descriptions (a test checks it is in step with both).
// Usage: npm run schema:config
import { readFileSync, writeFileSync } from 'node:fs';
import { RULE_METAS } from '../server/src/core/rules/meta';

const zh = JSON.parse(readFileSync('package.nls.zh-cn.json', 'utf8'));
const en = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const severity = { type: 'string', enum: ['off', 'error', 'warning', 'info', 'hint'] };

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/govreport/govreport/blob/main/schemas/govreportrc.schema.json',
  title: 'GovReport 配置文件 (.govreportrc.json / govreport.config.json)',
  description: '政务公开年报校验的项目配置，编辑器与命令行共用 (project configuration shared by the editor and the command line)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    rules: {
      type: 'object',
      description: '各规则的级别，"off" 为停用 (per-rule severity; "off" switches a rule off)',
      additionalProperties: false,
      properties: Object.fromEntries(RULE_METAS.map(({ id }) => [id, { ...severity, description: `${zh[`rule.${id}`]} (${en[`rule.${id}`]})` }])),
    },
    ignores: {
      type: 'array',
      description: '不检查的文件，相对于配置文件所在文件夹的通配符，如 "草稿/**" (files not checked: globs relative to the folder of this file)',
      items: { type: 'string', minLength: 1 },
    },
    maxFileSize: { type: 'integer', minimum: 1, description: '大于此字节数的文件不检查 (files larger than this many bytes are not checked)' },
  },
};

writeFileSync('schemas/govreportrc.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
