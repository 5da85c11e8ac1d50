import type { RestoreReport } from './restore-log.js';

const number = (n: number) => n.toLocaleString('fr-FR');

/** What the operator reads once the restore is done, in French. */
export function describeRestore(report: RestoreReport, untilMs: number | null): string {
  const rate = report.seconds > 0 ? Math.round(report.messages / report.seconds) : report.messages;
  const lines = [
    `Archive vérifiée : ${number(report.segmentsVerified)} segment(s), empreintes SHA-256 conformes.`,
    `Restauration terminée en ${report.seconds.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s : ` +
      `${number(report.messages)} message(s), ${number(rate)} messages/s` +
      (untilMs === null ? '.' : `, jusqu'au ${new Date(untilMs).toISOString()} inclus.`),
  ];
  for (const topic of report.topics) {
    lines.push(`  ${topic.source} → ${topic.target}`);
    for (const p of topic.partitions) {
      lines.push(
        p.messages === 0
          ? `    partition ${p.partition} : vide`
          : `    partition ${p.partition} : ${number(p.messages)} message(s), offsets ${p.firstOffset} à ${p.lastOffset}`,
      );
    }
  }
  return lines.join('\n');
}
