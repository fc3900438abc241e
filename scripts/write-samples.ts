// Writes the bundled sample reports (each a synthetic report with one planted error).
// Usage: node --import tsx scripts/write-samples.ts
import { writeFileSync } from 'node:fs';
import { plantedSamples } from '../test/support/mutate';

for (const { path, mutation } of plantedSamples()) {
  writeFileSync(path, mutation.text);
  const { start, end } = mutation.expected.span;
  console.log(`${path}: ${Buffer.byteLength(mutation.text)} bytes; planted ${mutation.description} at [${start}, ${end})`);
}
