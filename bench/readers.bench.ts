// Reading published reports: PDF time per page (bench/pdf.ts), web pages and Word files beside the
// same report as text (bench/formats.ts).  npm run bench:readers
import { formats } from './formats';
import { pdfPages } from './pdf';

async function main(): Promise<void> {
  await pdfPages();
  await formats();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
