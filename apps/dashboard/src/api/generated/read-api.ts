// Généré par `npm run generate:api` depuis apps/read-api/openapi.json : ne pas modifier à la main.

export type paths = {
  '/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La CCI connectée, son rôle et ce qu’elle peut voir */
    get: operations['me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/reference': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les données de référence des vues */
    get: operations['reference'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regions/{regionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La vue régionale : matrice SROM, COM, actions, fraîcheur */
    get: operations['region'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regions/{regionId}/srom/{macroProcessId}/{cciId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** L'historique d'une case de la matrice SROM : qui, quand, de quoi à quoi, pourquoi, décidé par quelle instance */
    get: operations['cellHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regions/{regionId}/indicators/{indicatorId}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** L'historique d'un indicateur : déclarations, corrections, cibles */
    get: operations['indicatorHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regions/{regionId}/exports/{table}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un tableau de la vue régionale en CSV */
    get: operations['regionExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/national': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La vue nationale : chaque région et les totaux de la France */
    get: operations['national'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/national/exports/regions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le tableau des régions en CSV */
    get: operations['nationalExport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitoring': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La supervision des projections */
    get: operations['monitoring'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitoring/dead-letters/{id}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remettre une lettre morte dans le journal, une fois sa cause corrigée */
    post: operations['replayDeadLetter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitoring/rebuilds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reconstruire les modèles de lecture d'un projecteur sans interruption */
    post: operations['startRebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/monitoring/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vérifier que les totaux nationaux égalent la somme des régions et que les modèles égalent un rejeu complet */
    post: operations['reconcile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Événements envoyés par le serveur : « modele-mis-a-jour » dans la seconde qui suit une projection, « battement » toutes les 15 s */
    get: operations['live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le processus répond */
    get: operations['healthLive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les modèles de lecture sont lisibles */
    get: operations['healthReady'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cette spécification */
    get: operations['openapi'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @description The shapes the read API answers with. They are the domain's read models, without the histories (served by the audit endpoints), plus what a view needs around them. The OpenAPI schemas, and so the dashboard's types, are generated from this file. */
    RegionSummary: {
      id: string;
      name: string;
      inseeCode: string;
      establishments: number | null;
    };
    CciSummary: {
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'national' | 'regional' | 'territorial';
      regionId: string | null;
    };
    SromCellView: {
      changes: number;
      version: number;
      current: components['schemas']['ModeSnapshot'] | null;
      milestones: {
        2013: components['schemas']['ModeSnapshot'] | null;
        2017: components['schemas']['ModeSnapshot'] | null;
        2021: components['schemas']['ModeTarget'] | null;
      };
      gap: components['schemas']['GapStatus'];
    };
    ModeSnapshot: {
      mode: components['schemas']['ModeId'];
      delegate: components['schemas']['Delegate'] | null;
      since: string;
    };
    /** @enum {string} */
    ModeId: 'A' | 'C' | 'H' | 'M' | 'I';
    /** @description Written out (not inferred) so that tools reading the declarations, like the OpenAPI generator, see plain types. */
    Delegate: {
      kind: components['schemas']['DelegateKindId'];
      cciId?: string;
      name?: string;
    };
    /** @enum {string} */
    DelegateKindId: 'ccir' | 'ccit' | 'supra-regional' | 'third-party' | 'national';
    ModeTarget: {
      mode: components['schemas']['ModeId'];
      delegate: components['schemas']['Delegate'] | null;
    };
    /**
     * @description on-target: the current mode is the projection; off-target: it is not; no-target / no-mode: one is unknown.
     * @enum {string}
     */
    GapStatus: 'on-target' | 'off-target' | 'no-target' | 'no-mode';
    SromMatrixView: {
      cells: {
        [key: string]: {
          [key: string]: components['schemas']['SromCellView'];
        };
      };
      regionId: string;
      /** @description Per support function, over the region's grid (every macro-process × every CCI of the region). */
      distribution: {
        [key: string]: components['schemas']['ModeCounts'];
      };
      gaps: components['schemas']['GapCounts'];
      lastRecordedAt: string | null;
    };
    ModeCounts: {
      A: number;
      C: number;
      H: number;
      M: number;
      I: number;
      unknown: number;
    };
    GapCounts: {
      'on-target': number;
      'off-target': number;
      'no-target': number;
      'no-mode': number;
    };
    ReportCellView: {
      version: number;
      value: number;
      comment: string | null;
      /** @description When the platform first received a value for this period: what "on time" is judged on. */
      firstRecordedAt: string;
      lastRecordedAt: string;
      deadline: string | null;
      onTime: boolean | null;
      corrections: number;
    };
    TargetCellView: {
      version: number;
      target: number;
    };
    ComIndicatorView: {
      label: string;
      reports: {
        [key: string]: {
          [key: string]: components['schemas']['ReportCellView'];
        };
      };
      targets: {
        [key: string]: {
          [key: string]: components['schemas']['TargetCellView'];
        };
      };
      regionId: string;
      comId: string;
      indicatorId: string;
      axisId: string;
      unitId: string;
      aggregation: components['schemas']['Aggregation'];
      frequency: components['schemas']['ReportingFrequency'];
      /** @description years[year]: the region's figures and each CCI's. */
      years: {
        [key: string]: {
          region: components['schemas']['YearFigures'];
          ccis: {
            [key: string]: components['schemas']['YearFigures'];
          };
        };
      };
      /** @description periods[period], for every period of the reporting calendar at the indicator's frequency. */
      periods: {
        [key: string]: components['schemas']['PeriodFigures'];
      };
      lastRecordedAt: string | null;
    };
    /** @enum {string} */
    Aggregation: 'sum' | 'average' | 'latest';
    /** @enum {string} */
    ReportingFrequency: 'quarterly' | 'yearly';
    YearFigures: {
      actual: number | null;
      target: number | null;
      attainment: number | null;
    };
    PeriodFigures: {
      value: number | null;
      expected: number;
      received: number;
      onTime: number;
      /** @description Territorial CCIs that have not reported this period. */
      missing: string[];
    };
    ConventionView: {
      comId: string;
      label: string;
      years: {
        from: number;
        to: number;
      };
      axes: components['schemas']['ComAxis'][];
      signature: {
        place: string;
        signedOn: string | null;
        signedOnText: string;
        signatories: string[];
        recordedAt: string;
      } | null;
    };
    ComAxis: {
      id: string;
      number: number | null;
      /** @enum {string} */
      kind: 'objective' | 'means';
      label: string;
      source?: string;
    };
    ActionCellView: {
      version: number;
      title: string;
      description: string | null;
      ownerCciId: string;
      functionId: string | null;
      macroProcessIds: string[];
      axisId: string | null;
      totem: boolean;
      decidedBy: components['schemas']['DecidedBy'];
      dueOn: string | null;
      status: components['schemas']['ActionStatus'];
      plannedOn: string;
      startedOn: string | null;
      completedOn: string | null;
      abandonedOn: string | null;
      abandonReason: string | null;
    };
    DecidedBy: {
      bodyId: string;
      on?: string;
    } | null;
    /** @enum {string} */
    ActionStatus: 'planned' | 'started' | 'completed' | 'abandoned';
    ActionProgressView: {
      actions: {
        [key: string]: components['schemas']['ActionCellView'];
      };
      regionId: string;
      byFunction: {
        [key: string]: components['schemas']['StatusCounts'];
      };
      byAxis: {
        [key: string]: components['schemas']['StatusCounts'];
      };
      byCci: {
        [key: string]: components['schemas']['StatusCounts'];
      };
      counts: components['schemas']['StatusCounts'];
      totems: string[];
      lastRecordedAt: string | null;
    };
    StatusCounts: {
      total: number;
      completionRate: number | null;
      planned: number;
      started: number;
      completed: number;
      abandoned: number;
    };
    /** @enum {string} */
    ProjectionState: 'caught-up' | 'catching-up' | 'stalled' | 'paused' | 'stopped' | 'unknown';
    /** @description How fresh a view is, in business terms, with the sentence the dashboard's banner shows. */
    Freshness: {
      state: components['schemas']['ProjectionState'];
      /** @description The instant up to which the view holds every recorded fact. */
      upToDateAt: string | null;
      lastRecordedAt: string | null;
      /** @description The last quarter that has ended, and the territorial CCIs that have not sent all of it yet. */
      latestPeriod: string | null;
      missingReporters: components['schemas']['CciSummary'][];
      message: string;
    };
    RegionalView: {
      region: components['schemas']['RegionSummary'];
      /** @description The date the view stands at ("au 31/12/2017"), or null for now. */
      asOf: string | null;
      generatedAt: string;
      freshness: components['schemas']['Freshness'];
      ccis: components['schemas']['CciSummary'][];
      milestones: components['schemas']['Milestone'][];
      matrix: components['schemas']['SromMatrixView'];
      com: {
        convention: components['schemas']['ConventionView'];
        indicators: components['schemas']['ComIndicatorView'][];
      } | null;
      actions: components['schemas']['ActionProgressView'];
    };
    /** @description Written out (not inferred) for the tools that read the declarations; checked against the file schemas below. */
    Milestone: {
      /** @enum {string} */
      id: '2013' | '2017' | '2021';
      label: string;
      /** @enum {string} */
      kind: 'observed' | 'target';
      asOf: string;
      asOfNote: string;
    };
    NationalRegionRow: {
      region: components['schemas']['RegionSummary'];
      ccis: number;
      lastRecordedAt: string | null;
      comId: string | null;
      regionId: string;
      srom: {
        distribution: {
          [key: string]: components['schemas']['ModeCounts'];
        };
        gaps: components['schemas']['GapCounts'];
      };
      indicators: {
        [key: string]: components['schemas']['RegionIndicatorFigures'];
      };
      completeness: {
        [key: string]: components['schemas']['CompletenessCounts'];
      };
      actionCounts: components['schemas']['StatusCounts'];
      totems: number;
    };
    RegionIndicatorFigures: {
      comId: string;
      axisId: string;
      years: {
        [key: string]: components['schemas']['YearFigures'];
      };
    };
    CompletenessCounts: {
      expected: number;
      received: number;
      onTime: number;
    };
    NationalView: {
      asOf: string | null;
      generatedAt: string;
      freshness: {
        state: components['schemas']['ProjectionState'];
        /** @description The instant up to which the view holds every recorded fact. */
        upToDateAt: string | null;
        message: string;
      };
      regions: components['schemas']['NationalRegionRow'][];
      totals: components['schemas']['NationalTotals'];
    };
    /** @description France's totals, in the shape the national view and the reconciliation use. */
    NationalTotals: {
      srom: {
        distribution: {
          [key: string]: components['schemas']['ModeCounts'];
        };
        gaps: components['schemas']['GapCounts'];
      };
      /** @description indicators[indicatorId]: combined over the regions that follow it, per year. */
      indicators: {
        [key: string]: {
          axisId: string;
          regionIds: string[];
          years: {
            [key: string]: components['schemas']['YearFigures'];
          };
        };
      };
      completeness: {
        [key: string]: components['schemas']['CompletenessCounts'];
      };
      actions: components['schemas']['StatusCounts'];
      totems: number;
    };
    AuditView: {
      subject: string;
      entries: components['schemas']['AuditEntry'][];
    };
    /** @description The audit trail of one SROM cell or one indicator, as people read it: who recorded what, when, why, and which body decided. Entries come from the histories the read models keep, newest first. */
    AuditEntry: {
      eventId: string;
      version: number;
      /** @description Business time of the fact. */
      at: string;
      recordedAt: string;
      recordedBy: {
        cciId: string;
        name: string;
      };
      person: string | null;
      credentialId: string;
      service: string;
      what: string;
      why: string | null;
      decidedBy: string | null;
      source: string | null;
    };
    PartitionStatusView: {
      partition: number;
      offset: number;
      highWatermark: number;
      lagEvents: number;
      lagSeconds: number;
      eventsPerSecond: number;
      /** @enum {string} */
      state: 'caught-up' | 'catching-up' | 'stalled';
    };
    ProjectorView: {
      name: string;
      label: string;
      state: components['schemas']['ProjectionState'];
      generation: number | null;
      instances: {
        instanceId: string;
        generation: number;
        state: components['schemas']['ProjectionState'];
        heartbeatAt: string;
        partitions: components['schemas']['PartitionStatusView'][];
      }[];
      lagEvents: number;
      lagSeconds: number;
      eventsPerSecond: number;
      alert: string | null;
    };
    DeadLetterView: {
      id: string;
      projector: string;
      partition: number;
      offset: number;
      reason: string;
      message: string;
      explanation: string;
      eventType: string | null;
      eventId: string | null;
      cci: components['schemas']['CciSummary'] | null;
      regionId: string | null;
      subject: string | null;
      failedAt: string;
      replay: {
        at: string;
        by: string;
        partition: number;
        offset: number;
      } | null;
    };
    RebuildView: {
      projector: string;
      generation: number;
      /** @enum {string} */
      phase: 'replaying' | 'aligning' | 'comparing' | 'switched' | 'refused' | 'failed';
      done: number;
      total: number;
      eventsPerSecond: number;
      etaSeconds: number | null;
      startedAt: string;
      updatedAt: string;
      finishedAt: string | null;
      forced: boolean;
      message: string | null;
      differences: number;
    };
    ReconciliationView: {
      ranAt: string;
      durationMs: number;
      ok: boolean;
      requestedBy: string | null;
      regionsCompared: string[];
      nationalDifferences: {
        path: string;
        expected: unknown;
        actual: unknown;
      }[];
      replays: {
        projector: string;
        generation: number;
        events: number;
        differences: number;
      }[];
    };
    MonitoringView: {
      generatedAt: string;
      projectors: components['schemas']['ProjectorView'][];
      deadLetters: components['schemas']['DeadLetterView'][];
      rebuilds: components['schemas']['RebuildView'][];
      reconciliation: components['schemas']['ReconciliationView'] | null;
      lastEventByCci: {
        cci: components['schemas']['CciSummary'];
        at: string;
        type: string;
      }[];
    };
    MeView: {
      cci: components['schemas']['CciSummary'];
      /** @enum {string} */
      role: 'national' | 'regional' | 'territorial';
      person: string | null;
      permissions: {
        regions: 'all' | string[];
        national: boolean;
        monitoring: boolean;
        operate: boolean;
      };
    };
    ReferenceView: {
      regions: components['schemas']['RegionSummary'][];
      ccis: components['schemas']['CciSummary'][];
      modes: {
        /** @enum {string} */
        id: 'A' | 'C' | 'H' | 'M' | 'I';
        label: string;
        definition: string;
      }[];
      modesNote: string;
      delegateKinds: {
        id: string;
        label: string;
      }[];
      milestones: components['schemas']['Milestone'][];
      functions: {
        id: string;
        label: string;
        macroProcesses: {
          id: string;
          label: string;
          description: string;
        }[];
      }[];
      governanceBodies: {
        id: string;
        label: string;
      }[];
      units: {
        id: string;
        label: string;
        symbol: string;
      }[];
      coms: {
        id: string;
        regionId: string;
        label: string;
        years: {
          from: number;
          to: number;
        };
        axes: components['schemas']['ComAxis'][];
        indicators: {
          id: string;
          axisId: string;
          label: string;
          unitId: string;
          /** @enum {string} */
          aggregation: 'sum' | 'average' | 'latest';
          /** @enum {string} */
          frequency: 'quarterly' | 'yearly';
        }[];
        reportingCalendar: {
          period: string;
          deadline: string;
        }[];
      }[];
    };
    AcceptedView: {
      /** @constant */
      accepted: true;
      message: string;
    };
    /** @description Problème au format RFC 9457 */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      instance?: string;
      code?: string;
      correlationId?: string;
      errors?: {
        field: string;
        rule: string;
        message: string;
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La CCI connectée */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reference: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Régions, CCI, fonctions, modes, COM */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferenceView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  region: {
    parameters: {
      query?: {
        /**
         * @description Date (AAAA-MM-JJ) : la vue telle qu’elle était à la fin de ce jour, heure de Paris
         * @example 2017-12-31
         */
        asOf?: string;
      };
      header?: never;
      path: {
        /**
         * @description Identifiant de la région
         * @example normandie
         */
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La vue régionale */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionalView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cellHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Identifiant de la région
         * @example normandie
         */
        regionId: string;
        /**
         * @description Macro-processus
         * @example si-gouvernance
         */
        macroProcessId: string;
        /**
         * @description CCI
         * @example cci-mayenne
         */
        cciId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Les entrées, de la plus récente à la plus ancienne */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Case inconnue */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  indicatorHistory: {
    parameters: {
      query?: {
        /**
         * @description Une seule CCI
         * @example cci-rouen-metropole
         */
        cciId?: string;
      };
      header?: never;
      path: {
        /**
         * @description Identifiant de la région
         * @example normandie
         */
        regionId: string;
        /**
         * @description Indicateur
         * @example premier-niveau-information
         */
        indicatorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Les entrées, de la plus récente à la plus ancienne */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Indicateur inconnu */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  regionExport: {
    parameters: {
      query?: {
        /**
         * @description Date (AAAA-MM-JJ) : la vue telle qu’elle était à la fin de ce jour, heure de Paris
         * @example 2017-12-31
         */
        asOf?: string;
      };
      header?: never;
      path: {
        /**
         * @description Identifiant de la région
         * @example normandie
         */
        regionId: string;
        table: 'matrice' | 'indicateurs' | 'completude' | 'actions';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le tableau */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Tableau inconnu */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  national: {
    parameters: {
      query?: {
        /**
         * @description Date (AAAA-MM-JJ) : la vue telle qu’elle était à la fin de ce jour, heure de Paris
         * @example 2017-12-31
         */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La vue nationale */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NationalView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  nationalExport: {
    parameters: {
      query?: {
        /**
         * @description Date (AAAA-MM-JJ) : la vue telle qu’elle était à la fin de ce jour, heure de Paris
         * @example 2017-12-31
         */
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le tableau */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  monitoring: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Projecteurs, lettres mortes, reconstructions, rapprochement */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonitoringView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replayDeadLetter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Remise dans le journal */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Lettre morte inconnue */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Journal indisponible */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startRebuild: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {unknown} */
          projector: 'regional' | 'national';
          /** @default false */
          force?: boolean;
        };
      };
    };
    responses: {
      /** @description Reconstruction lancée ; sa progression paraît dans la supervision */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Une reconstruction est déjà en cours */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reconcile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le résultat */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReconciliationView'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Flux text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte (en-tête Retry-After) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  healthLive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Oui */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  healthReady: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Oui */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Non */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  openapi: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 3.1 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
