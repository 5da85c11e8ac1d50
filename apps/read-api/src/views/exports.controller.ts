import { Controller, Get, Header, Inject, Param, Query, Req, Res, UseGuards } from '@nestjs/common';
import { formatCalendarDate, periodLabel, type ReferenceData } from '@cci/domain';
import { frenchCsv } from '@cci/french-csv';
import { CallerGuard, callerOf, ProblemError, problems, type CallerRequest } from '@cci/http-api';
import type { Response } from 'express';

import { requirePermission, requireRegion } from '../access/read-access.js';
import { REFERENCE_DATA } from '../config/tokens.js';
import { buildNationalView } from './national-view.js';
import { ReadModels } from './read-models.js';
import { buildRegionalView } from './regional-view.js';
import { asOfParameter, sromCycleParameter } from './views.controller.js';

const GAPS: Record<string, string> = {
  'on-target': 'atteinte',
  'off-target': 'écart',
  'no-target': 'sans projection',
  'no-mode': 'mode inconnu',
};
const STATUSES: Record<string, string> = {
  planned: 'planifiée',
  started: 'en cours',
  completed: 'achevée',
  abandoned: 'abandonnée',
};

/** CSV exports of the views' tables, in French, "as of" a date when asked. */
@Controller('v1')
@UseGuards(CallerGuard)
export class ExportsController {
  constructor(
    @Inject(ReadModels) private readonly models: ReadModels,
    @Inject(REFERENCE_DATA) private readonly reference: ReferenceData,
  ) {}

  @Get('regions/:regionId/exports/:table')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async regionTable(
    @Req() request: CallerRequest,
    @Res({ passthrough: true }) response: Response,
    @Param('regionId') regionId: string,
    @Param('table') table: string,
    @Query('asOf') asOf: unknown,
    @Query('sromCycle') sromCycle: unknown,
  ): Promise<string> {
    requireRegion(callerOf(request), this.reference, regionId);
    const now = Date.now();
    const view = buildRegionalView(await this.models.regional(regionId), this.reference, {
      now,
      asOf: asOfParameter(asOf, now),
      statuses: [],
      sromCycleId: sromCycleParameter(sromCycle, this.reference),
    });
    const r = this.reference;
    const cciName = (id: string) => r.cci(id)?.name ?? id;
    const mode = (id: string | undefined) => (id ? `${r.mode(id as 'A').label} (${id})` : '');
    // The view's milestones are its SROM cycle's, whose projection its cells' gaps measure against.
    const projection = view.milestones.find((m) => m.kind === 'target');
    let csv: string;
    switch (table) {
      case 'matrice':
        csv = frenchCsv(
          [
            'Fonction',
            'Macro-processus',
            'CCI',
            'Mode actuel',
            'Délégataire',
            'Depuis',
            ...view.milestones.map((m) => m.label),
            `Écart à la ${projection?.label.toLocaleLowerCase('fr-FR') ?? 'projection'}`,
          ],
          r.functions.flatMap((fn) =>
            fn.macroProcesses.flatMap((mp) =>
              view.ccis.map((cci) => {
                const cell = view.matrix.cells[mp.id]?.[cci.id];
                return [
                  fn.label,
                  mp.label,
                  cci.name,
                  mode(cell?.current?.mode),
                  cell?.current?.delegate?.cciId
                    ? cciName(cell.current.delegate.cciId)
                    : (cell?.current?.delegate?.name ?? ''),
                  cell?.current ? formatCalendarDate(cell.current.since) : '',
                  ...view.milestones.map((m) => mode(cell?.milestones[m.id]?.mode)),
                  GAPS[cell?.gap ?? 'no-target'] ?? '',
                ];
              }),
            ),
          ),
        );
        break;
      case 'indicateurs':
        csv = frenchCsv(
          [
            'Axe',
            'Indicateur',
            'Unité',
            'CCI',
            'Période',
            'Valeur',
            'Déclarée le',
            'Dans les délais',
            'Corrections',
            'Commentaire',
          ],
          (view.com?.indicators ?? []).flatMap((indicator) =>
            Object.entries(indicator.reports).flatMap(([cciId, row]) =>
              Object.entries(row).map(([period, cell]) => [
                view.com?.convention.axes.find((a) => a.id === indicator.axisId)?.label ?? indicator.axisId,
                indicator.label,
                r.unit(indicator.unitId)?.label ?? indicator.unitId,
                cciName(cciId),
                periodLabel(period),
                cell.value,
                cell.firstRecordedAt.slice(0, 10),
                cell.onTime,
                cell.corrections,
                cell.comment,
              ]),
            ),
          ),
        );
        break;
      case 'completude':
        csv = frenchCsv(
          ['Indicateur', 'Période', 'Attendues', 'Reçues', 'Dans les délais', 'CCI manquantes'],
          (view.com?.indicators ?? []).flatMap((indicator) =>
            Object.entries(indicator.periods).map(([period, p]) => [
              indicator.label,
              periodLabel(period),
              p.expected,
              p.received,
              p.onTime,
              p.missing.map(cciName).join(', '),
            ]),
          ),
        );
        break;
      case 'actions':
        csv = frenchCsv(
          [
            'Action',
            'Fonction',
            'CCI pilote',
            'Totem',
            'Statut',
            'Décidée le',
            'Démarrée le',
            'Achevée le',
            'Abandonnée le',
            'Motif d’abandon',
          ],
          view.actions.order
            .map((id) => view.actions.actions[id])
            .filter((a) => a !== undefined)
            .map((a) => [
              a.title,
              a.functionId ? (r.supportFunction(a.functionId)?.label ?? a.functionId) : '',
              cciName(a.ownerCciId),
              a.totem,
              STATUSES[a.status] ?? a.status,
              a.plannedOn,
              a.startedOn,
              a.completedOn,
              a.abandonedOn,
              a.abandonReason,
            ]),
        );
        break;
      default:
        throw new ProblemError(
          problems.notFound(
            `Tableau « ${table} » inconnu : matrice, indicateurs, completude ou actions.`,
            'tableau-inconnu',
          ),
        );
    }
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${regionId}-${table}${view.asOf ? `-au-${view.asOf}` : ''}.csv"`,
    );
    return csv;
  }

  @Get('national/exports/regions')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="national-regions.csv"')
  async nationalTable(@Req() request: CallerRequest, @Query('asOf') asOf: unknown): Promise<string> {
    requirePermission(callerOf(request), this.reference, 'national');
    const now = Date.now();
    const source = await this.models.nationalSource(asOfParameter(asOf, now));
    const view = buildNationalView(source, this.reference, { now, statuses: [] });
    return frenchCsv(
      [
        'Région',
        'CCI',
        'A',
        'C',
        'H',
        'M',
        'I',
        'Inconnu',
        'Projection atteinte',
        'Écarts',
        'Déclarations attendues, périodes échues',
        'Reçues',
        'Dans les délais',
        'Actions',
        'Achevées',
      ],
      view.regions.map((row) => [
        row.region.name,
        row.ccis,
        ...(['A', 'C', 'H', 'M', 'I', 'unknown'] as const).map((mode) => row.modes[mode]),
        row.srom.gaps['on-target'],
        row.srom.gaps['off-target'],
        row.reporting.expected,
        row.reporting.received,
        row.reporting.onTime,
        row.actionCounts.total,
        row.actionCounts.completed,
      ]),
    );
  }
}
