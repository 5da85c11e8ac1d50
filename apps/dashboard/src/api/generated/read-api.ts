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
  '/v1/me/notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Comment les notifications parviennent à la personne connectée, type par type
     * @description Les types que ses rôles reçoivent, chacun avec son choix (dès que possible tant qu’elle n’a rien choisi) ; le choix s’enregistre par l’API d’enregistrement (change-notice-preferences).
     */
    get: operations['myNotices'];
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
  '/v1/regions/{regionId}/indicators/{indicatorId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ce qu'un chiffre d'un indicateur change dans la vue régionale : l'indicateur, la complétude de la COM, la fraîcheur */
    get: operations['indicatorChange'];
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
  '/v1/ccis/{cciId}/entry-sheets/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * La page de saisie d’une CCI pour une période : indicateurs, cibles, période précédente, déclarations, brouillons, versions
     * @description Réservée à la CCI elle-même (rôle saisie) : ses brouillons ne sont qu’à elle, ni sa région ni CCI France ne les lisent.
     */
    get: operations['entrySheet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regions/{regionId}/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les campagnes de déclaration d’une région : statut, échéance, décomptes, retards, clôture */
    get: operations['campaigns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regions/{regionId}/campaigns/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * La revue d’une période : chaque déclaration des CCI, ce qui a changé, les décomptes, la clôture et les réouvertures
     * @description Pour la CCI régionale (rôle validation), et CCI France en lecture.
     */
    get: operations['campaignReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/regions/{regionId}/annual-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le cycle annuel d’une région : les revues du SROM par le Bureau et les rapports présentés à l’Assemblée générale, tels que présentés */
    get: operations['annualReports'];
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
  '/v1/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les personnes d'une CCI (la sienne par défaut), pour ses administrateurs */
    get: operations['people'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/machine-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les clés d'accès d'une CCI, sans leur secret, pour ses administrateurs */
    get: operations['machineKeys'];
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
    /** Demander la reconstruction des modèles de lecture d'un projecteur, sans interruption */
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
    /**
     * Événements envoyés par le serveur : « modele-mis-a-jour » dans la seconde qui suit une projection, « battement » toutes les 15 s
     * @description Un flux sans fin : il se lit avec fetch (EventSource ne peut pas envoyer l'en-tête Authorization). Chaque avis nomme le projecteur, les régions (regionIds), les modèles de lecture (models : com-progress, campaign-progress, declaration-drafts…) et les documents (documents : modèle et identifiant, par exemple com-progress:normandie:premier-niveau-information) qui ont changé, parmi ceux que la CCI peut lire : la page de saisie d'une CCI n'est annoncée qu'à elle. Un avis qui ne nomme, de la vue régionale, que des indicateurs se suit en relisant chacun (/v1/regions/{regionId}/indicators/{indicatorId}) plutôt que toute la vue.
     */
    get: operations['live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/donnees-ouvertes/consolidation-cop.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Données ouvertes : la consolidation nationale du COP en CSV
     * @description Public et sans clé. Fait de la seule consolidation nationale actuelle des déclarations validées par les CCI régionales : une ligne par indicateur du COP, année et région, et une par indicateur et année pour la France ; jamais un chiffre par CCI, ni en attente de validation, ni en brouillon. Licence Ouverte / Open Licence version 2.0 (Etalab), producteur CCI France (démonstration). Les colonnes sont celles du dictionnaire (dictionnaire.json).
     */
    get: operations['openDataCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/donnees-ouvertes/consolidation-cop.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Données ouvertes : la consolidation nationale du COP en JSON, avec son dictionnaire
     * @description Public et sans clé. Fait de la seule consolidation nationale actuelle des déclarations validées par les CCI régionales : une ligne par indicateur du COP, année et région, et une par indicateur et année pour la France ; jamais un chiffre par CCI, ni en attente de validation, ni en brouillon. Licence Ouverte / Open Licence version 2.0 (Etalab), producteur CCI France (démonstration).
     */
    get: operations['openDataJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/donnees-ouvertes/dictionnaire.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Données ouvertes : le dictionnaire des données, la licence et le producteur
     * @description Public et sans clé. Fait de la seule consolidation nationale actuelle des déclarations validées par les CCI régionales : une ligne par indicateur du COP, année et région, et une par indicateur et année pour la France ; jamais un chiffre par CCI, ni en attente de validation, ni en brouillon. Licence Ouverte / Open Licence version 2.0 (Etalab), producteur CCI France (démonstration).
     */
    get: operations['openDataDictionary'];
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
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Métriques Prometheus */
    get: operations['metrics'];
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
    /** @description La reconstruction demandée */
    RebuildRequest: {
      /**
       * @description Le projecteur à reconstruire
       * @enum {string}
       */
      projector: 'regional' | 'national';
      /**
       * @description Reconstruire même si la génération en ligne vient d'une version plus récente
       * @default false
       */
      force: boolean;
    };
    /** @description Qui est connecté, pour quelle CCI, avec quels rôles, et ce qu’il peut voir */
    MeView: {
      cci: components['schemas']['CciSummary'];
      /**
       * @description Le genre de la CCI : territoriale, régionale ou nationale
       * @enum {string}
       */
      role: 'national' | 'regional' | 'territorial';
      /** @description La personne connectée, ou null pour une clé d’accès */
      person: string | null;
      /** @description Les rôles de la personne ou de la clé dans sa CCI */
      roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
      /** @description Qui agit : la personne, ou la clé */
      agent: {
        /** @enum {string} */
        kind: 'person' | 'machine-key';
        /** @description L'identifiant de la personne ou de la clé */
        id: string;
        /** @description Le nom de la personne, ou le libellé de la clé */
        name: string;
      };
      permissions: {
        regions: 'all' | string[];
        national: boolean;
        monitoring: boolean;
        operate: boolean;
        /** @description Gérer les personnes et les clés d’accès de sa CCI */
        manageAccess: boolean;
        /** @description La CCI dont la page de saisie est ouverte à l’appelant */
        entrySheet: string | null;
        /** @description Les régions dont l’appelant voit la revue des déclarations */
        review: 'all' | string[];
      };
    };
    /** @description Une CCI et son niveau dans le réseau */
    CciSummary: {
      /** @description Identifiant */
      id: string;
      name: string;
      /** @enum {string} */
      kind: 'national' | 'regional' | 'territorial';
      regionId: string | null;
    };
    /**
     * @description Problème au format RFC 9457 (application/problem+json)
     * @example {
     *       "type": "/problemes/validation",
     *       "title": "Données invalides",
     *       "status": 422,
     *       "detail": "Le champ « value » doit être un nombre.",
     *       "errors": [
     *         {
     *           "field": "value",
     *           "rule": "type",
     *           "message": "Le champ « value » doit être un nombre."
     *         }
     *       ],
     *       "instance": "/v1/commands/report-indicator",
     *       "correlationId": "0f5c2b1e-7a4d-4c1b-9d1e-3b6a2f8e9c10"
     *     }
     */
    Problem: {
      /** @description Le genre de problème (référence relative à l’API) */
      type: string;
      /** @description Son titre, en français */
      title: string;
      /** @description Le statut HTTP de la réponse */
      status: number;
      /** @description Ce qui s’est passé et comment y remédier */
      detail: string;
      /** @description Le chemin de la requête */
      instance?: string;
      /** @description Pour des données invalides : chaque champ et la règle enfreinte */
      errors?: {
        /** @description Le champ, le paramètre ou l’en-tête en cause */
        field: string;
        /** @description La règle enfreinte */
        rule: string;
        /** @description La règle, en français */
        message: string;
      }[];
      /** @description Un code stable du refus (ex. autre-cci) */
      code?: string;
      /** @description Le champ en cause */
      field?: string;
      /** @description Pour une version périmée : la version actuelle de l’agrégat */
      currentVersion?: number;
      /** @description Secondes à attendre avant de réessayer (aussi en en-tête Retry-After) */
      retryAfterSeconds?: number;
      /** @description L’identifiant de corrélation de la requête */
      correlationId?: string;
    };
    /** @description Comment les notifications parviennent à la personne connectée, type par type */
    NoticesView: {
      /** Format: uuid */
      personId: string;
      /** @description Les types de notification que ses rôles reçoivent, chacun avec son choix */
      kinds: {
        /** @enum {string} */
        kind:
          | 'campagne-ouverte'
          | 'rappel-j7'
          | 'rappel-j1'
          | 'retard'
          | 'renvoi'
          | 'a-valider'
          | 'synthese-hebdomadaire'
          | 'prete-a-cloturer'
          | 'projection-alerte'
          | 'projection-retablie'
          | 'lettres-mortes';
        /** @description Son nom, tel que les messages le disent */
        label: string;
        /**
         * @description immediat : dès que possible ; resume-quotidien : dans un résumé quotidien ; aucun : ne pas recevoir
         * @enum {string}
         */
        delivery: 'immediat' | 'resume-quotidien' | 'aucun';
      }[];
      /** @description Les choix possibles pour chaque type, dans l’ordre à montrer */
      deliveries: {
        /**
         * @description immediat : dès que possible ; resume-quotidien : dans un résumé quotidien ; aucun : ne pas recevoir
         * @enum {string}
         */
        delivery: 'immediat' | 'resume-quotidien' | 'aucun';
        label: string;
      }[];
    };
    /** @description Les données de référence des vues */
    ReferenceView: {
      regions: components['schemas']['RegionSummary'][];
      ccis: components['schemas']['CciSummary'][];
      modes: {
        id: components['schemas']['ModeId'];
        label: string;
        definition: string;
      }[];
      modesNote: string;
      delegateKinds: {
        /** @description Identifiant */
        id: string;
        label: string;
      }[];
      /** @description Les jalons de tous les cycles du SROM */
      milestones: components['schemas']['Milestone'][];
      /** @description Les cycles du SROM, du plus ancien au plus récent, chacun avec ses jalons */
      sromCycles: {
        /** @description Identifiant */
        id: string;
        label: string;
        years: {
          from: number;
          to: number;
        };
        source: string;
        milestones: components['schemas']['Milestone'][];
      }[];
      functions: {
        /** @description Identifiant */
        id: string;
        label: string;
        macroProcesses: {
          /** @description Identifiant */
          id: string;
          label: string;
          description: string;
        }[];
      }[];
      governanceBodies: {
        /** @description Identifiant */
        id: string;
        label: string;
      }[];
      units: {
        /** @description Identifiant */
        id: string;
        label: string;
        symbol: string;
      }[];
      coms: {
        /** @description Identifiant */
        id: string;
        /** @description Identifiant */
        regionId: string;
        label: string;
        years: {
          from: number;
          to: number;
        };
        axes: components['schemas']['ComAxis'][];
        indicators: {
          /** @description Identifiant */
          id: string;
          /** @description Identifiant */
          axisId: string;
          label: string;
          /** @description Identifiant */
          unitId: string;
          /** @enum {string} */
          aggregation: 'sum' | 'average' | 'latest';
          /** @enum {string} */
          frequency: 'quarterly' | 'yearly';
          /** @description L’indicateur du COP auquel il est rattaché */
          copIndicatorId: string | null;
        }[];
        reportingCalendar: {
          period: string;
          /**
           * Format: date-time
           * @description Instant ISO 8601
           */
          deadline: string;
        }[];
      }[];
      cop: components['schemas']['CopCatalogue'];
      coverage: components['schemas']['Coverage'];
    };
    /** @description Une région */
    RegionSummary: {
      /** @description Identifiant */
      id: string;
      name: string;
      inseeCode: string;
      establishments: number | null;
    };
    /**
     * @description Mode de gestion : A Autonomie, C Coopération, H Harmonisation, M Mutualisation, I Intégration
     * @enum {string}
     */
    ModeId: 'A' | 'C' | 'H' | 'M' | 'I';
    /** @description Un jalon d’un cycle du SROM (état des lieux 2013, statut 2017, projection 2021) */
    Milestone: {
      /** @description Identifiant */
      id: string;
      label: string;
      /** @enum {string} */
      kind: 'observed' | 'target';
      asOf: string;
      asOfNote: string;
    };
    /** @description Un axe de la COM */
    ComAxis: {
      /** @description Identifiant */
      id: string;
      number: number | null;
      /** @enum {string} */
      kind: 'objective' | 'means';
      label: string;
      source?: string;
    };
    /** @description Le catalogue national du COP : les indicateurs que CCI France consolide ; les indicateurs des COM y sont rattachés (copIndicatorId) */
    CopCatalogue: {
      /** @description Identifiant */
      id: string;
      label: string;
      /** @description D’où vient le catalogue */
      source: string;
      aggregationsNote: string;
      indicators: {
        /** @description Identifiant */
        id: string;
        label: string;
        /** @description Identifiant */
        unitId: string;
        /** @enum {string} */
        aggregation: 'sum' | 'weighted-mean' | 'latest-cumulative';
        /** @description Si le chiffre se lit aussi en part des établissements ressortissants (un nombre d’entreprises, pas un taux) */
        establishmentsShare: boolean;
      }[];
    };
    /** @description Les établissements ressortissants connus, par région et par CCI, avec leur source et leur date */
    Coverage: {
      sectors: {
        /** @enum {string} */
        id: 'industrie' | 'commerce' | 'services';
        label: string;
      }[];
      regions: {
        establishments: number;
        bySector: {
          industrie: number;
          commerce: number;
          services: number;
        } | null;
        /** @description Date du chiffre ; null si la source ne la donne pas */
        asOf: string | null;
        asOfNote?: string;
        source: string;
        /** @description Chiffre simulé pour la démonstration */
        simulated: boolean;
        /** @description Identifiant */
        regionId: string;
      }[];
      ccis: {
        establishments: number;
        bySector: {
          industrie: number;
          commerce: number;
          services: number;
        } | null;
        /** @description Date du chiffre ; null si la source ne la donne pas */
        asOf: string | null;
        asOfNote?: string;
        source: string;
        /** @description Chiffre simulé pour la démonstration */
        simulated: boolean;
        /** @description Identifiant */
        cciId: string;
      }[];
    };
    /** @description La vue régionale */
    RegionalView: {
      region: components['schemas']['RegionSummary'];
      /** @description La date de la vue (« au 31/12/2017 »), ou null pour maintenant */
      asOf: string | null;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      generatedAt: string;
      freshness: components['schemas']['Freshness'];
      ccis: components['schemas']['CciSummary'][];
      srom: {
        /** @description Le cycle de la vue : celui en vigueur à sa date, ou celui que `sromCycle` demande */
        cycle: components['schemas']['SromCycleSummary'];
        /** @description Les cycles du SROM, du plus ancien au plus récent */
        cycles: {
          /** @description Identifiant */
          cycleId: string;
          label: string;
          years: {
            from: number;
            to: number;
          };
          /** @description Le cycle en vigueur à la date de la vue */
          inForce: boolean;
        }[];
      };
      /** @description Les jalons du cycle de la vue, dans l’ordre */
      milestones: components['schemas']['Milestone'][];
      matrix: components['schemas']['SromMatrixView'];
      com: {
        convention: components['schemas']['ConventionView'];
        /** @description Les COM successives de la région, de la plus ancienne à la plus récente */
        cycles: {
          /** @description Identifiant */
          comId: string;
          label: string;
          years: {
            from: number;
            to: number;
          };
          /** @description La COM en vigueur à la date de la vue */
          inForce: boolean;
        }[];
        indicators: components['schemas']['ComIndicatorView'][];
        /** @description Les axes de la COM, dans son ordre */
        axes: components['schemas']['AxisIndicators'][];
        completeness: components['schemas']['CompletenessGrid'];
      } | null;
      actions: components['schemas']['ActionProgressView'];
    };
    /** @description La fraîcheur d'une vue, en termes métier */
    Freshness: {
      state: components['schemas']['ProjectionState'];
      /** @description L'instant jusqu'auquel la vue tient chaque fait enregistré */
      upToDateAt: string | null;
      lastRecordedAt: string | null;
      /** @description Le dernier trimestre achevé */
      latestPeriod: string | null;
      /** @description Les CCI territoriales qui n'ont pas encore tout transmis de ce trimestre */
      missingReporters: components['schemas']['CciSummary'][];
      /** @description La phrase du bandeau du tableau de bord */
      message: string;
    };
    /**
     * @description L'état d'une projection : en démarrage (partitions pas encore reçues ou mesurées), sans partition attribuée, à jour (chaque partition a rattrapé la fin du journal connue à cet instant), en rattrapage, bloquée, en pause (reconstruction), arrêtée, inconnue
     * @enum {string}
     */
    ProjectionState:
      'starting' | 'unassigned' | 'caught-up' | 'catching-up' | 'stalled' | 'paused' | 'stopped' | 'unknown';
    /** @description Un cycle du SROM (2017-2021, puis le suivant) */
    SromCycleSummary: {
      /** @description Identifiant */
      cycleId: string;
      label: string;
      years: {
        from: number;
        to: number;
      };
    };
    /** @description La matrice SROM de la région */
    SromMatrixView: {
      /** @description Identifiant */
      regionId: string;
      /** @description cells[macroProcessId][cciId] ; une case sans aucun fait est absente */
      cells: {
        [key: string]: {
          [key: string]: components['schemas']['SromCellView'];
        };
      };
      /** @description Par fonction support, sur toute la grille de la région */
      distribution: {
        [key: string]: components['schemas']['ModeCounts'];
      };
      /** @description Sur toute la grille, l’écart à la projection du cycle de la vue */
      gaps: components['schemas']['GapCounts'];
      /** @description Le tableau des jalons, dans l’ordre du SROM (fonctions, puis macro-processus) */
      milestoneRows: components['schemas']['MilestoneRow'][];
      lastRecordedAt: string | null;
    };
    /** @description Une case de la matrice SROM (macro-processus × CCI) */
    SromCellView: {
      version: number;
      current: components['schemas']['ModeSnapshot'] | null;
      /** @description milestones[jalon], pour chaque jalon de chaque cycle du SROM : le mode à un jalon observé, la projection à un jalon cible */
      milestones: {
        [key: string]: (components['schemas']['ModeSnapshot'] | components['schemas']['ModeTarget']) | null;
      };
      /** @description L’écart à la projection du cycle du SROM de la vue */
      gap: components['schemas']['GapStatus'];
      /** @description Le nombre de faits de l'historique de la case */
      changes: number;
    };
    /** @description Un mode de gestion et la date depuis laquelle il vaut */
    ModeSnapshot: {
      mode: components['schemas']['ModeId'];
      delegate: components['schemas']['Delegate'] | null;
      /**
       * Format: date
       * @description Date AAAA-MM-JJ
       */
      since: string;
    };
    /** @description Délégataire d'un processus intégré (mode I) */
    Delegate: {
      kind: components['schemas']['DelegateKindId'];
      /** @description Identifiant */
      cciId?: string;
      name?: string;
    };
    /** @enum {string} */
    DelegateKindId: 'ccir' | 'ccit' | 'supra-regional' | 'third-party' | 'national';
    /** @description Le mode visé par la projection */
    ModeTarget: {
      mode: components['schemas']['ModeId'];
      delegate: components['schemas']['Delegate'] | null;
    };
    /**
     * @description on-target : le mode actuel est celui de la projection ; off-target : il ne l’est pas ; no-target / no-mode : l’un des deux est inconnu
     * @enum {string}
     */
    GapStatus: 'on-target' | 'off-target' | 'no-target' | 'no-mode';
    /** @description Le nombre de cases par mode */
    ModeCounts: {
      A: number;
      C: number;
      H: number;
      M: number;
      I: number;
      unknown: number;
    };
    /** @description Le nombre de cases par écart à la projection */
    GapCounts: {
      'on-target': number;
      'off-target': number;
      'no-target': number;
      'no-mode': number;
    };
    /** @description Un macro-processus documenté (un mode ou une projection connus) : ses CCI groupées par mode à chaque jalon, et leur écart à la projection */
    MilestoneRow: {
      /** @description Identifiant */
      functionId: string;
      /** @description Identifiant */
      macroProcessId: string;
      /** @description groups[jalon] pour chaque jalon du cycle de la vue, et groups.current pour aujourd’hui ; l’ordre des colonnes est celui de `milestones` (jalons observés, aujourd’hui, projection) */
      groups: {
        [key: string]: components['schemas']['ModeGroup'][];
      };
      /** @description Les CCI conformes à la projection du cycle de la vue, en écart, et celles qu’on ne peut juger */
      gaps: {
        onTarget: string[];
        offTarget: string[];
        unknown: string[];
      };
    };
    /** @description Les CCI qui tiennent le même mode (et le même délégataire) */
    ModeGroup: {
      snapshot: (components['schemas']['ModeSnapshot'] | components['schemas']['ModeTarget']) | null;
      /** @description Dans l’ordre des CCI de la région */
      cciIds: string[];
    };
    /** @description La convention d'objectifs et de moyens de la région */
    ConventionView: {
      /** @description Identifiant */
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
        /**
         * Format: date-time
         * @description Instant ISO 8601
         */
        recordedAt: string;
      } | null;
    };
    /** @description Un indicateur de la COM et sa progression */
    ComIndicatorView: {
      /** @description Identifiant */
      regionId: string;
      /** @description Identifiant */
      comId: string;
      /** @description Identifiant */
      indicatorId: string;
      /** @description Identifiant */
      axisId: string;
      /** @description Identifiant */
      unitId: string;
      label: string;
      aggregation: components['schemas']['Aggregation'];
      frequency: components['schemas']['ReportingFrequency'];
      /** @description reports[cciId][période] */
      reports: {
        [key: string]: {
          [key: string]: components['schemas']['ReportCellView'];
        };
      };
      /** @description targets[cciId][année] */
      targets: {
        [key: string]: {
          [key: string]: components['schemas']['TargetCellView'];
        };
      };
      /** @description trajectories[cciId] : ce qui encadre les cibles annuelles de cette CCI */
      trajectories: {
        [key: string]: components['schemas']['TrajectoryCellView'];
      };
      /** @description years[année] : les chiffres de la région et de chaque CCI */
      years: {
        [key: string]: {
          region: components['schemas']['YearFigures'];
          ccis: {
            [key: string]: components['schemas']['YearFigures'];
          };
        };
      };
      /** @description periods[période], pour chaque période du calendrier à la fréquence de l’indicateur */
      periods: {
        [key: string]: components['schemas']['PeriodFigures'];
      };
      /** @description Les années, dans l’ordre */
      yearly: components['schemas']['YearPoint'][];
      /** @description Les périodes dans l’ordre, de la première déclarée à la dernière échue à la date de la vue */
      series: components['schemas']['PeriodPoint'][];
      lastRecordedAt: string | null;
    };
    /** @enum {string} */
    Aggregation: 'sum' | 'average' | 'latest';
    /** @enum {string} */
    ReportingFrequency: 'quarterly' | 'yearly';
    /** @description Une valeur déclarée d'un indicateur */
    ReportCellView: {
      version: number;
      value: number;
      comment: string | null;
      /**
       * Format: date-time
       * @description Quand la plateforme a reçu une première valeur pour cette période : ce qui juge du délai
       */
      firstRecordedAt: string;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      lastRecordedAt: string;
      /** @description La fin du délai de déclaration de la période */
      deadline: string | null;
      onTime: boolean | null;
      corrections: number;
    };
    /** @description Une cible annuelle d'un indicateur */
    TargetCellView: {
      version: number;
      target: number;
    };
    /** @description La trajectoire d'un indicateur pour une CCI : valeur de référence et cible finale */
    TrajectoryCellView: {
      version: number;
      /** @description La valeur de référence, et l’année où elle a été constatée */
      baseline: {
        year: number;
        value: number;
      };
      /** @description La cible de la dernière année de la COM */
      finalTarget: number;
      decidedBy: components['schemas']['DecidedBy'];
      /** @description Combien de fois elle a été fixée (l’historique de l’indicateur les donne toutes) */
      revisions: number;
    };
    /** @description L'instance qui a décidé, ou null */
    DecidedBy: {
      /** @description Identifiant */
      bodyId: string;
      /**
       * Format: date
       * @description Date AAAA-MM-JJ
       */
      on?: string;
    } | null;
    /** @description Réalisé, cible et taux d'atteinte d'une année */
    YearFigures: {
      actual: number | null;
      target: number | null;
      attainment: number | null;
    };
    /** @description Une période du calendrier de l'indicateur */
    PeriodFigures: {
      value: number | null;
      expected: number;
      received: number;
      onTime: number;
      /** @description Les CCI territoriales qui n'ont pas déclaré cette période */
      missing: string[];
    };
    /** @description Une année d'un indicateur : la région et chaque CCI face à leur cible */
    YearPoint: {
      year: string;
      actual: number | null;
      target: number | null;
      attainment: number | null;
      /** @description D'où vient la cible de la région : fixée pour la région, ou somme des cibles de ses CCI quand l'indicateur s'additionne */
      targetSource: ('region' | 'ccis') | null;
      /** @description Chaque CCI territoriale, dans l’ordre de la région, déclarante ou non */
      ccis: components['schemas']['CciYearFigures'][];
    };
    /** @description Le réalisé d'une CCI pour une année face à sa cible */
    CciYearFigures: {
      /** @description Identifiant */
      cciId: string;
      actual: number | null;
      target: number | null;
      attainment: number | null;
      /** @description Le dernier commentaire de la CCI sur une valeur de cette année */
      comment: string | null;
    };
    /** @description La valeur de la région pour une période */
    PeriodPoint: {
      period: string;
      value: number | null;
    };
    /** @description Un axe de la COM et ses indicateurs */
    AxisIndicators: {
      /** @description Identifiant */
      id: string;
      number: number | null;
      /** @enum {string} */
      kind: 'objective' | 'means';
      label: string;
      source?: string;
      /** @description Les indicateurs de l'axe, ceux qui ont des valeurs d'abord, dans l'ordre de la COM */
      indicators: {
        /** @description Identifiant */
        indicatorId: string;
        label: string;
        /** @description Identifiant */
        unitId: string;
        reported: boolean;
      }[];
    };
    /** @description Déclarations attendues, reçues et dans les délais par CCI territoriale et période échue : chaque indicateur de la COM à la fréquence de la période est attendu de chaque CCI territoriale */
    CompletenessGrid: {
      /** @description Les périodes du calendrier échues à la date de la vue, dans l’ordre */
      periods: string[];
      rows: {
        /** @description Identifiant */
        cciId: string;
        cells: components['schemas']['CompletenessCell'][];
      }[];
    };
    /** @description Les déclarations d'une CCI pour une période */
    CompletenessCell: {
      expected: number;
      received: number;
      onTime: number;
      period: string;
    };
    /** @description Les actions de la région et leurs comptes */
    ActionProgressView: {
      /** @description Identifiant */
      regionId: string;
      actions: {
        [key: string]: components['schemas']['ActionCellView'];
      };
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
      /** @description Les actions, totems en tête, puis par fonction et par titre */
      order: string[];
      lastRecordedAt: string | null;
    };
    /** @description Un chantier ou une action */
    ActionCellView: {
      version: number;
      title: string;
      description: string | null;
      /** @description Identifiant */
      ownerCciId: string;
      functionId: string | null;
      macroProcessIds: string[];
      axisId: string | null;
      totem: boolean;
      decidedBy: components['schemas']['DecidedBy'];
      dueOn: string | null;
      status: components['schemas']['ActionStatus'];
      /**
       * Format: date
       * @description Date AAAA-MM-JJ
       */
      plannedOn: string;
      startedOn: string | null;
      completedOn: string | null;
      abandonedOn: string | null;
      abandonReason: string | null;
      /** @description L'étape atteinte sur le chemin prévue (1) → démarrée (2) → achevée (3) ; une action abandonnée reste à la sienne */
      stepsReached: number;
    };
    /**
     * @description L'état d'une action
     * @enum {string}
     */
    ActionStatus: 'planned' | 'started' | 'completed' | 'abandoned';
    /** @description Le nombre d'actions par état */
    StatusCounts: {
      planned: number;
      started: number;
      completed: number;
      abandoned: number;
      total: number;
      completionRate: number | null;
    };
    /** @description L'historique d'une case du SROM ou d'un indicateur */
    AuditView: {
      subject: string;
      /** @description De la plus récente à la plus ancienne */
      entries: components['schemas']['AuditEntry'][];
    };
    /** @description Qui a enregistré quoi, quand, pourquoi, décidé par quelle instance */
    AuditEntry: {
      /** Format: uuid */
      eventId: string;
      version: number;
      /**
       * Format: date-time
       * @description Le temps métier du fait
       */
      at: string;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      recordedAt: string;
      recordedBy: {
        /** @description Identifiant */
        cciId: string;
        name: string;
      };
      /** @description Le nom de l'auteur : la personne, la clé, ou ce qu'un fait plus ancien a noté */
      person: string | null;
      credentialId: string;
      /** @description L'auteur authentifié et le rôle utilisé */
      author: {
        /**
         * @description person : une personne ; machine-key : une clé d'accès ; tool : un outil du serveur ; recorded : un fait plus ancien, tel qu'il a été noté
         * @enum {string}
         */
        kind: 'person' | 'machine-key' | 'tool' | 'recorded';
        id: string;
        name: string | null;
        /** @description Le rôle qui l’y autorisait (null pour un fait plus ancien) */
        role: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision') | null;
      };
      service: string;
      what: string;
      why: string | null;
      decidedBy: string | null;
      source: string | null;
    };
    /** @description Ce qu'un chiffre d'un indicateur change dans la vue régionale : l'indicateur, la complétude de la COM et la fraîcheur ; le tableau de bord le relit seul quand une notification ne nomme que cet indicateur */
    RegionalIndicatorChange: {
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      generatedAt: string;
      freshness: components['schemas']['Freshness'];
      /** @description L'indicateur tel que la vue régionale le montre ; null s'il n'est pas de la COM de la vue */
      indicator: components['schemas']['ComIndicatorView'] | null;
      /** @description La complétude de la COM de la vue ; null si la région n’en a pas à cette date */
      completeness: components['schemas']['CompletenessGrid'] | null;
    };
    /** @description La page de saisie d’une CCI pour une période */
    EntrySheetView: {
      cci: components['schemas']['CciSummary'];
      region: components['schemas']['RegionSummary'];
      period: string;
      label: string;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      generatedAt: string;
      campaign: {
        status: components['schemas']['CampaignStatus'];
        deadline: string | null;
        /**
         * Format: date
         * @description Date AAAA-MM-JJ
         */
        periodEnd: string;
        /** @description La période est clôturée et n’est pas rouverte pour cette CCI : ses chiffres ne peuvent plus changer */
        locked: boolean;
        closedAt: string | null;
        closedBy: components['schemas']['CampaignActor'] | null;
        /** @description La réouverture pour cette CCI, depuis la dernière clôture */
        reopened: {
          reason: string;
          /**
           * Format: date-time
           * @description Instant ISO 8601
           */
          at: string;
          by: components['schemas']['CampaignActor'];
        } | null;
      };
      /** @description La part de cette CCI dans la campagne */
      counts: components['schemas']['CampaignCounts'];
      /** @description Dans l’ordre de la COM */
      indicators: components['schemas']['EntryLine'][];
    };
    /**
     * @description La campagne d’une période : à venir (la période n’est pas finie), ouverte (de la fin de la période à sa clôture), clôturée par la région
     * @enum {string}
     */
    CampaignStatus: 'a-venir' | 'ouverte' | 'cloturee';
    /** @description Qui a agi : sa CCI, et la personne nommée s’il y en a une */
    CampaignActor: {
      cci: components['schemas']['CciSummary'];
      person: string | null;
    };
    /** @description Les déclarations attendues d’une campagne, par état */
    CampaignCounts: {
      /** @description La date limite de déclaration */
      deadline: string | null;
      /** @description Chaque CCI territoriale × chaque indicateur de la période */
      expected: number;
      /** @description Déclarées, quelle que soit la revue */
      declared: number;
      awaitingValidation: number;
      validated: number;
      sentBack: number;
      notDeclared: number;
      /** @description Déclarées une première fois après la date limite */
      declaredLate: number;
      /** @description Encore à déclarer après la date limite, à l’instant de la vue */
      late: number;
    };
    /** @description Un indicateur à déclarer, sa déclaration et son brouillon */
    EntryLine: {
      /** @description La version de la déclaration (brouillons non vus) */
      version: number;
      /** @description La version déclarée en vigueur : celle que la validation et le renvoi nomment */
      declaredVersion: number | null;
      state: components['schemas']['DeclarationState'];
      value: number | null;
      /** @description Identifiant */
      unitId: string;
      comment: string | null;
      declaredAt: string | null;
      declaredBy: components['schemas']['CampaignActor'] | null;
      /** @description Déclarée une première fois après la date limite */
      late: boolean | null;
      validatedAt: string | null;
      validatedBy: components['schemas']['CampaignActor'] | null;
      sentBackAt: string | null;
      sentBackBy: components['schemas']['CampaignActor'] | null;
      /** @description Ce que la région demande de revoir */
      sentBackComment: string | null;
      /** @description Identifiant */
      indicatorId: string;
      label: string;
      /** @description Identifiant */
      axisId: string;
      /** @description La cible de l’année de la période */
      target: number | null;
      previousPeriod: components['schemas']['PreviousPeriodValue'];
      /** @description Le brouillon gardé, que la région ne voit pas */
      draft: {
        value: number;
        /** @description Identifiant */
        unitId: string;
        comment: string | null;
        /**
         * Format: date-time
         * @description Instant ISO 8601
         */
        draftedAt: string;
        person: string | null;
      } | null;
      /** @description La version de la déclaration, brouillons compris : l’expectedVersion de la prochaine commande */
      expectedVersion: number;
    };
    /**
     * @description Où en est une déclaration : à déclarer, déclarée (en attente de validation), validée, renvoyée par la région
     * @enum {string}
     */
    DeclarationState: 'a-declarer' | 'declaree' | 'validee' | 'renvoyee';
    /** @description La valeur déclarée pour la période précédente */
    PreviousPeriodValue: {
      period: string;
      value: number;
    } | null;
    /** @description Les campagnes de déclaration d’une région */
    CampaignListView: {
      region: components['schemas']['RegionSummary'];
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      generatedAt: string;
      /** @description Les campagnes des périodes échues (et d’une période en cours déjà entamée), de la plus récente à la plus ancienne */
      campaigns: components['schemas']['CampaignSummary'][];
    };
    /** @description La campagne de déclaration d’une période dans une région */
    CampaignSummary: {
      /** @description Identifiant */
      regionId: string;
      period: string;
      /** @description La période comme l’écrit l’interface : « T3 2026 » */
      label: string;
      status: components['schemas']['CampaignStatus'];
      deadline: string | null;
      /**
       * Format: date
       * @description Le dernier jour de la période : la campagne ouvre le lendemain
       */
      periodEnd: string;
      counts: components['schemas']['CampaignCounts'];
      /** @description Les déclarations attendues non validées : ce qu’une clôture doit confirmer (acknowledgedMissing) */
      missing: number;
      closing: components['schemas']['CampaignClosing'] | null;
      /** @description Depuis la dernière clôture, dans l’ordre des CCI de la région */
      reopenedFor: components['schemas']['CampaignReopening'][];
      /** @description Les réouvertures depuis le début */
      reopenings: number;
    };
    /** @description La dernière clôture : quand, par qui, ce qui manquait */
    CampaignClosing: {
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      closedAt: string;
      closedBy: components['schemas']['CampaignActor'];
      expected: number;
      validated: number;
      /** @description Les déclarations attendues non validées à la clôture */
      missing: number;
      notDeclared: number;
      awaitingValidation: number;
      sentBack: number;
    };
    /** @description Une CCI pour qui la période clôturée est rouverte */
    CampaignReopening: {
      cci: components['schemas']['CciSummary'];
      reason: string;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      at: string;
      by: components['schemas']['CampaignActor'];
    };
    /** @description La revue des déclarations d’une période par la région */
    CampaignReviewView: {
      region: components['schemas']['RegionSummary'];
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      generatedAt: string;
      campaign: {
        /** @description Identifiant */
        regionId: string;
        period: string;
        /** @description La période comme l’écrit l’interface : « T3 2026 » */
        label: string;
        status: components['schemas']['CampaignStatus'];
        deadline: string | null;
        /**
         * Format: date
         * @description Le dernier jour de la période : la campagne ouvre le lendemain
         */
        periodEnd: string;
        counts: components['schemas']['CampaignCounts'];
        /** @description Les déclarations attendues non validées : ce qu’une clôture doit confirmer (acknowledgedMissing) */
        missing: number;
        closing: components['schemas']['CampaignClosing'] | null;
        /** @description Depuis la dernière clôture, dans l’ordre des CCI de la région */
        reopenedFor: components['schemas']['CampaignReopening'][];
        /** @description Les réouvertures depuis le début */
        reopenings: number;
        /** @description Clôtures et réouvertures, dans l’ordre */
        history: components['schemas']['CampaignEvent'][];
      };
      /** @description Dans l’ordre de la COM */
      indicators: components['schemas']['CampaignIndicator'][];
      /** @description Les CCI territoriales dans l’ordre de la région, puis toute autre qui a déclaré */
      ccis: components['schemas']['ReviewedCci'][];
    };
    /** @description Une clôture ou une réouverture */
    CampaignEvent: {
      /** @enum {string} */
      kind: 'closed' | 'reopened';
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      at: string;
      by: components['schemas']['CampaignActor'];
      /** @description La CCI d’une réouverture */
      cci: components['schemas']['CciSummary'] | null;
      reason: string | null;
      /** @description Les déclarations non validées à une clôture */
      missing: number | null;
    };
    /** @description Un indicateur que la campagne demande */
    CampaignIndicator: {
      /** @description Identifiant */
      indicatorId: string;
      label: string;
      /** @description Identifiant */
      axisId: string;
      /** @description Identifiant */
      unitId: string;
    };
    /** @description Les déclarations d’une CCI pour la période */
    ReviewedCci: {
      cci: components['schemas']['CciSummary'];
      counts: components['schemas']['CampaignCounts'];
      /** @description Ses chiffres de la période ne peuvent plus changer */
      locked: boolean;
      /** @description Dans l’ordre des indicateurs */
      declarations: components['schemas']['ReviewedDeclaration'][];
    };
    /** @description Une déclaration telle que la région la revoit */
    ReviewedDeclaration: {
      /** @description La version de la déclaration (brouillons non vus) */
      version: number;
      /** @description La version déclarée en vigueur : celle que la validation et le renvoi nomment */
      declaredVersion: number | null;
      state: components['schemas']['DeclarationState'];
      value: number | null;
      /** @description Identifiant */
      unitId: string;
      comment: string | null;
      declaredAt: string | null;
      declaredBy: components['schemas']['CampaignActor'] | null;
      /** @description Déclarée une première fois après la date limite */
      late: boolean | null;
      validatedAt: string | null;
      validatedBy: components['schemas']['CampaignActor'] | null;
      sentBackAt: string | null;
      sentBackBy: components['schemas']['CampaignActor'] | null;
      /** @description Ce que la région demande de revoir */
      sentBackComment: string | null;
      /** @description Identifiant */
      indicatorId: string;
      /** @description La cible de la CCI pour l’année de la période */
      target: number | null;
      previousPeriod: components['schemas']['PreviousPeriodValue'];
      /** @description La déclaration que celle-ci a remplacée */
      previousDeclaration: {
        version: number;
        value: number;
        comment: string | null;
        /**
         * Format: date-time
         * @description Instant ISO 8601
         */
        declaredAt: string;
      } | null;
      /** @description Ce qui a changé depuis la déclaration précédente ; null pour une première */
      change: {
        /** @description Valeur déclarée moins la précédente */
        value: number;
        /** @description Le commentaire a changé */
        comment: boolean;
      } | null;
    };
    /** @description Les revues annuelles et les rapports présentés d’une région */
    AnnualReportsView: {
      region: components['schemas']['RegionSummary'];
      /** @description De la plus récente à la plus ancienne */
      years: components['schemas']['AnnualReportYear'][];
    };
    /** @description Le cycle annuel d’une année */
    AnnualReportYear: {
      year: number;
      /** @description La revue annuelle du SROM par le Bureau, telle que dernièrement enregistrée */
      review: {
        /**
         * Format: date
         * @description Date AAAA-MM-JJ
         */
        reviewedOn: string;
        body: {
          /** @description Identifiant */
          id: string;
          label: string;
        };
        summary: string;
        /**
         * Format: date-time
         * @description Instant ISO 8601
         */
        recordedAt: string;
        recordedBy: components['schemas']['CampaignActor'];
      } | null;
      /** @description Dans l’ordre des éditions */
      editions: components['schemas']['AnnualReportEdition'][];
    };
    /** @description Une édition du rapport, telle que présentée à l’Assemblée générale */
    AnnualReportEdition: {
      edition: number;
      /**
       * Format: date
       * @description Date AAAA-MM-JJ
       */
      presentedOn: string;
      body: {
        /** @description Identifiant */
        id: string;
        label: string;
      };
      deliberation: string;
      /** @description Les chiffres du rapport annuel, arrêtés à une date */
      snapshot: {
        /**
         * Format: date
         * @description La date à laquelle les chiffres sont arrêtés
         * @example 2015-05-29
         */
        asOf: string;
        /** @description Les cases de la matrice SROM (macro-processus × CCI) */
        srom: {
          /** @example cci-mayenne */
          cciId: string;
          /** @example cci-mayenne */
          macroProcessId: string;
          /** @description Le mode à cette date, null s’il est inconnu */
          mode: ('A' | 'C' | 'H' | 'M' | 'I') | null;
          delegate:
            | (
                | {
                    /** @enum {string} */
                    kind: 'ccir' | 'ccit' | 'supra-regional' | 'third-party' | 'national';
                    /** @example cci-mayenne */
                    cciId?: string;
                    name?: string;
                  }
                | {
                    /** @enum {unknown} */
                    kind?: 'ccir' | 'ccit' | 'national';
                  }
                | {
                    /** @enum {unknown} */
                    kind?: 'supra-regional' | 'third-party';
                  }
              )
            | null;
          /** @description La projection (cible), null si elle n’est pas fixée */
          target: {
            /**
             * @description Mode de gestion : A Autonomie, C Coopération, H Harmonisation, M Mutualisation, I Intégration
             * @enum {string}
             */
            mode: 'A' | 'C' | 'H' | 'M' | 'I';
            delegate:
              | (
                  | {
                      /** @enum {string} */
                      kind: 'ccir' | 'ccit' | 'supra-regional' | 'third-party' | 'national';
                      /** @example cci-mayenne */
                      cciId?: string;
                      name?: string;
                    }
                  | {
                      /** @enum {unknown} */
                      kind?: 'ccir' | 'ccit' | 'national';
                    }
                  | {
                      /** @enum {unknown} */
                      kind?: 'supra-regional' | 'third-party';
                    }
                )
              | null;
          } | null;
        }[];
        /** @description Les chantiers et actions de la région */
        actions: {
          /** @example cci-mayenne */
          actionId: string;
          title: string;
          /** @example cci-mayenne */
          ownerCciId: string;
          /** @enum {string} */
          status: 'planned' | 'started' | 'completed' | 'abandoned';
          totem: boolean;
          dueOn: string | null;
          completedOn: string | null;
        }[];
        /** @description Les chiffres annuels des indicateurs de la COM (réalisé et cible) */
        indicators: {
          /** @example cci-mayenne */
          indicatorId: string;
          /** @description La CCI, ou null pour la région */
          cciId: string | null;
          year: number;
          /** @example cci-mayenne */
          unitId: string;
          actual: number | null;
          target: number | null;
        }[];
      };
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      recordedAt: string;
      recordedBy: components['schemas']['CampaignActor'];
    };
    /** @description La vue nationale */
    NationalView: {
      asOf: string | null;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      generatedAt: string;
      freshness: {
        state: components['schemas']['ProjectionState'];
        /** @description L'instant jusqu'auquel la vue tient chaque fait enregistré */
        upToDateAt: string | null;
        /** @description La phrase du bandeau du tableau de bord */
        message: string;
      };
      regions: components['schemas']['NationalRegionRow'][];
      totals: components['schemas']['NationalTotals'];
    };
    /** @description Une région dans la vue nationale ; modes : ses cases par mode, toutes fonctions confondues */
    NationalRegionRow: {
      /** @description Identifiant */
      regionId: string;
      region: components['schemas']['RegionSummary'];
      ccis: number;
      lastRecordedAt: string | null;
      comId: string | null;
      srom: {
        distribution: {
          [key: string]: components['schemas']['ModeCounts'];
        };
        gaps: components['schemas']['GapCounts'];
      };
      modes: components['schemas']['ModeCounts'];
      /** @description Les chiffres des indicateurs, des seules déclarations validées par la région */
      indicators: {
        [key: string]: components['schemas']['RegionIndicatorFigures'];
      };
      /** @description pending[indicatorId][année] : déclaré mais pas encore validé, montré à part et jamais compté dans les chiffres */
      pending: {
        [key: string]: {
          [key: string]: components['schemas']['PendingFigures'];
        };
      };
      /** @description Les campagnes des périodes échues à la date de la vue (et de celles déjà entamées), de la plus récente à la plus ancienne */
      campaigns: components['schemas']['CampaignRow'][];
      completeness: {
        [key: string]: components['schemas']['CompletenessCounts'];
      };
      reporting: components['schemas']['EndedReporting'];
      actionCounts: components['schemas']['StatusCounts'];
      totems: number;
    };
    /** @description Les chiffres annuels d'un indicateur dans une région */
    RegionIndicatorFigures: {
      /** @description Identifiant */
      comId: string;
      /** @description Identifiant */
      axisId: string;
      years: {
        [key: string]: components['schemas']['YearFigures'];
      };
    };
    /** @description Des déclarations en attente de validation */
    PendingFigures: {
      declarations: number;
      /** @description Le réalisé de l’année qu’elles donneraient */
      actual: number | null;
    };
    /** @description La campagne d’une période dans une région */
    CampaignRow: {
      /** @description La date limite de déclaration */
      deadline: string | null;
      /** @description Chaque CCI territoriale × chaque indicateur de la période */
      expected: number;
      /** @description Déclarées, quelle que soit la revue */
      declared: number;
      awaitingValidation: number;
      validated: number;
      sentBack: number;
      notDeclared: number;
      /** @description Déclarées une première fois après la date limite */
      declaredLate: number;
      /** @description Encore à déclarer après la date limite, à l’instant de la vue */
      late: number;
      period: string;
      status: components['schemas']['CampaignStatus'];
      closedAt: string | null;
      /** @description Les déclarations non validées à la clôture */
      missingAtClosing: number | null;
      /** @description Les CCI pour qui la période clôturée est rouverte */
      reopenedFor: string[];
    };
    /** @description Déclarations attendues, reçues, dans les délais */
    CompletenessCounts: {
      expected: number;
      received: number;
      onTime: number;
    };
    /** @description Les déclarations des périodes échues à la date de la vue, additionnées */
    EndedReporting: {
      expected: number;
      received: number;
      onTime: number;
      /** @description Reçues sur attendues */
      receivedShare: number | null;
      /** @description Dans les délais sur reçues */
      onTimeShare: number | null;
    };
    /** @description Les totaux de la France */
    NationalTotals: {
      srom: {
        distribution: {
          [key: string]: components['schemas']['ModeCounts'];
        };
        gaps: components['schemas']['GapCounts'];
      };
      /** @description indicators[indicatorId] : combinés sur les régions qui le suivent, par année, des seules déclarations validées */
      indicators: {
        [key: string]: {
          /** @description Identifiant */
          axisId: string;
          regionIds: string[];
          years: {
            [key: string]: components['schemas']['YearFigures'];
          };
        };
      };
      /** @description pending[indicatorId][année] : déclaré mais pas encore validé, montré à part et jamais compté dans les chiffres */
      pending: {
        [key: string]: {
          [key: string]: components['schemas']['PendingFigures'];
        };
      };
      /** @description De la plus récente à la plus ancienne */
      campaigns: components['schemas']['NationalCampaignRow'][];
      completeness: {
        [key: string]: components['schemas']['CompletenessCounts'];
      };
      actions: components['schemas']['StatusCounts'];
      totems: number;
      /** @description Par indicateur du COP, des seules déclarations validées par les régions */
      cop: components['schemas']['CopIndicatorFigures'][];
    };
    /** @description Les campagnes d’une période, sommées sur les régions */
    NationalCampaignRow: {
      /** @description Chaque CCI territoriale × chaque indicateur de la période */
      expected: number;
      /** @description Déclarées, quelle que soit la revue */
      declared: number;
      awaitingValidation: number;
      validated: number;
      sentBack: number;
      notDeclared: number;
      /** @description Déclarées une première fois après la date limite */
      declaredLate: number;
      /** @description Encore à déclarer après la date limite, à l’instant de la vue */
      late: number;
      period: string;
      /** @description Les régions dont le calendrier a la période */
      regionIds: string[];
      /** @description Celles qui ont clôturé sa campagne */
      closedRegionIds: string[];
    };
    /** @description Un indicateur du COP, par année */
    CopIndicatorFigures: {
      /** @description Identifiant */
      copIndicatorId: string;
      years: {
        [key: string]: components['schemas']['CopYearFigure'];
      };
    };
    /** @description Le chiffre de la France pour un indicateur du COP et une année, ses régions et les régions manquantes */
    CopYearFigure: {
      value: number;
      /** @description Null sauf si chaque région du chiffre a une cible */
      target: number | null;
      attainment: number | null;
      /** @description Pour un indicateur qui compte des entreprises : la valeur sur les établissements des régions du chiffre */
      establishmentsShare: number | null;
      regions: {
        /** @description Identifiant */
        regionId: string;
        /** @description L’indicateur de la COM dont vient la valeur */
        indicatorId: string;
        value: number;
        target: number | null;
        /** @description L’année de la valeur (antérieure pour un cumul non mis à jour) */
        year: string;
        establishments: number | null;
      }[];
      missing: {
        /** @description Identifiant */
        regionId: string;
        /** @enum {string} */
        reason: 'sans-indicateur' | 'sans-valeur-validee' | 'ressortissants-inconnus';
      }[];
    };
    /** @description L'annuaire des personnes d'une CCI, par nom */
    PeopleView: {
      /** @description Identifiant */
      cciId: string;
      people: {
        /** Format: uuid */
        personId: string;
        email: string;
        name: string;
        roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
        /**
         * @description removed : retirée, son accès est fermé
         * @enum {string}
         */
        status: 'active' | 'removed';
        invited: {
          /**
           * Format: date-time
           * @description Instant ISO 8601
           */
          at: string;
          /** @description Qui l’a fait (une personne, une clé, un outil) */
          by: string | null;
        };
        lastChange: {
          /**
           * Format: date-time
           * @description Instant ISO 8601
           */
          at: string;
          /** @description Qui l’a fait (une personne, une clé, un outil) */
          by: string | null;
        };
      }[];
    };
    /** @description Les clés d'accès d'une CCI, sans leur secret, de la plus ancienne à la plus récente */
    MachineKeysView: {
      /** @description Identifiant */
      cciId: string;
      machineKeys: {
        keyId: string;
        label: string;
        roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
        revoked: boolean;
        issued: {
          /**
           * Format: date-time
           * @description Instant ISO 8601
           */
          at: string;
          /** @description Qui l’a fait (une personne, une clé, un outil) */
          by: string | null;
        };
        revokedAt: {
          /**
           * Format: date-time
           * @description Instant ISO 8601
           */
          at: string;
          /** @description Qui l’a fait (une personne, une clé, un outil) */
          by: string | null;
        } | null;
      }[];
    };
    /** @description La supervision des projections */
    MonitoringView: {
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      generatedAt: string;
      projectors: components['schemas']['ProjectorView'][];
      deadLetters: components['schemas']['DeadLetterView'][];
      rebuilds: components['schemas']['RebuildView'][];
      reconciliation: components['schemas']['ReconciliationView'] | null;
      /** @description La dernière demande de chaque sorte (reconstruction de chaque projecteur, rapprochement) et où elle en est */
      requests: components['schemas']['MaintenanceRequestView'][];
      lastEventByCci: {
        cci: components['schemas']['CciSummary'];
        /**
         * Format: date-time
         * @description Instant ISO 8601
         */
        at: string;
        type: string;
      }[];
      notifications: components['schemas']['NotificationsView'];
    };
    /** @description Un projecteur, ses instances et son retard */
    ProjectorView: {
      name: string;
      label: string;
      state: components['schemas']['ProjectionState'];
      generation: number | null;
      instances: {
        instanceId: string;
        generation: number;
        state: components['schemas']['ProjectionState'];
        /**
         * Format: date-time
         * @description Instant ISO 8601
         */
        heartbeatAt: string;
        partitions: components['schemas']['PartitionStatusView'][];
      }[];
      lagEvents: number;
      lagSeconds: number;
      eventsPerSecond: number;
      alert: string | null;
    };
    /** @description Où en est une partition d'un projecteur */
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
    /** @description Un message que la projection n’a pas pu appliquer */
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
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      failedAt: string;
      replay: {
        /**
         * Format: date-time
         * @description Instant ISO 8601
         */
        at: string;
        /** @description Identifiant */
        by: string;
        partition: number;
        offset: number;
      } | null;
    };
    /** @description Une reconstruction et sa progression */
    RebuildView: {
      projector: string;
      generation: number;
      /** @enum {string} */
      phase: 'replaying' | 'aligning' | 'comparing' | 'switched' | 'refused' | 'failed';
      done: number;
      total: number;
      eventsPerSecond: number;
      etaSeconds: number | null;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      startedAt: string;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      updatedAt: string;
      finishedAt: string | null;
      forced: boolean;
      message: string | null;
      differences: number;
    };
    /** @description Le résultat du dernier rapprochement */
    ReconciliationView: {
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
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
    /** @description Une reconstruction ou un rapprochement demandé par la DSI, qu’un service de projection exécute */
    MaintenanceRequestView: {
      /**
       * @description Une reconstruction (rebuild) ou un rapprochement (reconciliation)
       * @enum {string}
       */
      kind: 'rebuild' | 'reconciliation';
      /** @description Le projecteur à reconstruire ; null pour un rapprochement, qui vérifie les deux */
      projector: string | null;
      force: boolean;
      /** @description La CCI qui l’a demandé */
      requestedBy: string;
      /**
       * Format: date-time
       * @description Instant ISO 8601
       */
      requestedAt: string;
      /**
       * @description Demandée (aucun service ne l’a encore prise), en cours, faite ou échouée : la progression d’une reconstruction et le résultat d’un rapprochement ont leurs propres rubriques
       * @enum {string}
       */
      state: 'requested' | 'running' | 'done' | 'failed';
      /** @description L’instance du service de projection qui la traite ou l’a traitée */
      claimedBy: string | null;
      /** @description Le dernier signe de vie de cette instance */
      beatAt: string | null;
      finishedAt: string | null;
      /** @description Ce qu’il en est résulté, en français */
      message: string | null;
    };
    /** @description Le service de notification : envois par type et échecs */
    NotificationsView: {
      /** @description Les notifications du service, par type et état */
      counts: {
        /** @description Le type de notification (rappel-j7, renvoi, projection-alerte…) */
        kind: string;
        /** @enum {string} */
        status: 'pending' | 'sent' | 'failed';
        count: number;
      }[];
      /** @description Les dernières notifications en échec que l’appelant peut voir, les plus récentes d’abord */
      failures: {
        /** @description Le motif : les faits qui ont causé la notification */
        reasonKey: string;
        kind: string;
        /** @description La personne destinataire (son identifiant, jamais son adresse) */
        personId: string;
        cci: components['schemas']['CciSummary'] | null;
        attempts: number;
        failedAt: string | null;
        /** @description Pourquoi l'envoi a échoué, en français */
        failure: string | null;
      }[];
    };
    /** @description Les données ouvertes de la consolidation nationale du COP : leur description, puis leurs lignes */
    OpenDataDocument: {
      titre: string;
      /** @constant */
      producteur: 'CCI France (démonstration)';
      licence: {
        /** @constant */
        nom: 'Licence Ouverte / Open Licence version 2.0 (Etalab)';
        /** @constant */
        url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';
      };
      catalogue: {
        id: string;
        libelle: string;
        /** @description D’où vient le catalogue du COP */
        source: string;
      };
      granularite: string;
      /** @description Les colonnes, dans l’ordre du CSV */
      dictionnaire: {
        /** @enum {string} */
        colonne:
          | 'niveau'
          | 'indicateur_cop'
          | 'indicateur_cop_libelle'
          | 'unite'
          | 'regle_consolidation'
          | 'annee'
          | 'region'
          | 'region_nom'
          | 'simulee'
          | 'valeur'
          | 'indicateur_regional'
          | 'indicateur_regional_libelle'
          | 'annee_de_la_valeur'
          | 'valeur_reportee'
          | 'regions_comptees'
          | 'regions_manquantes';
        /** @enum {string} */
        type: 'texte' | 'entier' | 'nombre' | 'booléen' | 'liste';
        /**
         * @description Les lignes où la colonne est remplie ; vide (null en JSON) ailleurs
         * @enum {string}
         */
        lignes: 'toutes' | 'france' | 'region';
        description: string;
      }[];
      /**
       * Format: date-time
       * @description L’instant où le fichier a été produit
       */
      genereLe: string;
      lignes: components['schemas']['OpenDataRow'][];
    };
    /** @description Une ligne des données ouvertes : le chiffre de la France (niveau france) ou la valeur validée d’une région (niveau region), pour un indicateur du COP et une année */
    OpenDataRow: {
      /**
       * @description « france » pour le chiffre consolidé de la France, « region » pour la valeur d'une région
       * @enum {string}
       */
      niveau: 'france' | 'region';
      /** @description L'identifiant de l'indicateur du catalogue national du COP */
      indicateur_cop: string;
      /** @description Son libellé */
      indicateur_cop_libelle: string;
      /** @description Ce que compte la valeur (entreprises, personnes, diagnostics…) */
      unite: string;
      /**
       * @description Comment les valeurs des régions font celle de la France : « somme » ; « moyenne-ponderee » (moyenne des régions pondérée par leur nombre d'établissements ressortissants) ; « cumul-a-date » (chaque région compte pour sa dernière valeur validée jusqu'à l'année, et les régions s'additionnent)
       * @enum {string}
       */
      regle_consolidation: 'somme' | 'moyenne-ponderee' | 'cumul-a-date';
      /** @description L'année du chiffre */
      annee: number;
      /** @description L'identifiant de la région (vide sur une ligne de la France) */
      region: string | null;
      /** @description Le nom de la région */
      region_nom: string | null;
      /** @description Région : la valeur vient de CCI ou d'une COM simulées pour la démonstration. France : au moins une des valeurs comptées est simulée (ou, pour une moyenne pondérée, le nombre d'établissements d'une des régions) */
      simulee: boolean;
      /** @description Région : la valeur annuelle validée par la CCI régionale. France : la valeur consolidée des régions comptées */
      valeur: number;
      /** @description L'identifiant de l'indicateur de la COM régionale dont vient la valeur */
      indicateur_regional: string | null;
      /** @description Son libellé */
      indicateur_regional_libelle: string | null;
      /** @description L'année de la valeur : antérieure à « annee » quand elle est reportée */
      annee_de_la_valeur: number | null;
      /** @description Pour un cumul à date : la région n'a pas de valeur validée pour l'année, elle compte pour sa dernière valeur validée d'une année antérieure */
      valeur_reportee: boolean | null;
      /** @description Le nombre de régions dans le chiffre de la France (une ligne « region » chacune) */
      regions_comptees: number | null;
      /** @description Les régions du réseau absentes du chiffre et leur raison : « sans-indicateur » (sa COM n'a pas d'indicateur rattaché à celui-ci), « sans-valeur-validee » (aucune valeur validée pour l'année), « ressortissants-inconnus » (une moyenne pondérée demande son nombre d'établissements). En CSV : « region (raison) » séparées par des virgules ; en JSON : une liste d'objets { region, raison } */
      regions_manquantes:
        | {
            region: string;
            /** @enum {string} */
            raison: 'sans-indicateur' | 'sans-valeur-validee' | 'ressortissants-inconnus';
          }[]
        | null;
    };
    /** @description Ce que sont les données ouvertes : producteur, licence, catalogue, granularité, colonnes */
    OpenDataDictionary: {
      titre: string;
      /** @constant */
      producteur: 'CCI France (démonstration)';
      licence: {
        /** @constant */
        nom: 'Licence Ouverte / Open Licence version 2.0 (Etalab)';
        /** @constant */
        url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';
      };
      catalogue: {
        id: string;
        libelle: string;
        /** @description D’où vient le catalogue du COP */
        source: string;
      };
      granularite: string;
      /** @description Les colonnes, dans l’ordre du CSV */
      dictionnaire: {
        /** @enum {string} */
        colonne:
          | 'niveau'
          | 'indicateur_cop'
          | 'indicateur_cop_libelle'
          | 'unite'
          | 'regle_consolidation'
          | 'annee'
          | 'region'
          | 'region_nom'
          | 'simulee'
          | 'valeur'
          | 'indicateur_regional'
          | 'indicateur_regional_libelle'
          | 'annee_de_la_valeur'
          | 'valeur_reportee'
          | 'regions_comptees'
          | 'regions_manquantes';
        /** @enum {string} */
        type: 'texte' | 'entier' | 'nombre' | 'booléen' | 'liste';
        /**
         * @description Les lignes où la colonne est remplie ; vide (null en JSON) ailleurs
         * @enum {string}
         */
        lignes: 'toutes' | 'france' | 'region';
        description: string;
      }[];
    };
    /** @description Le rapport de santé : chaque vérification et son état */
    HealthReport: {
      /** @enum {string} */
      status: 'ok' | 'error' | 'shutting_down';
      info?: {
        [key: string]: {
          status: string;
        } & {
          [key: string]: unknown;
        };
      };
      error?: {
        [key: string]: {
          status: string;
        } & {
          [key: string]: unknown;
        };
      };
      details: {
        [key: string]: {
          status: string;
        } & {
          [key: string]: unknown;
        };
      };
    };
    /** @description Un document OpenAPI 3.1 */
    OpenApiDocument: {
      openapi: string;
      info: {
        title: string;
        version: string;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La CCI connectée */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description La clé est celle d’une CCI que les données de référence ne connaissent plus */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  myNotices: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ses notifications */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticesView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Personne retirée de l'annuaire ou rattachée à une autre CCI, ou accès hors de ce que ses rôles permettent */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description L’accès est une clé d’outil, pas une personne */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Régions, CCI, fonctions, modes, COM */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReferenceView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Personne retirée de l'annuaire ou rattachée à une autre CCI, ou accès hors de ce que ses rôles permettent */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
        /** @description Date AAAA-MM-JJ : la vue telle qu’elle était à la fin de ce jour, heure de Paris. Une date future est refusée (422). */
        asOf?: string;
        cycle?: string;
        sromCycle?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Le validateur (ETag) de la copie que le client détient : 304 sans corps tant que la vue n’a pas changé. Un navigateur l’envoie de lui-même depuis son cache. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description Identifiant de la région */
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La vue régionale */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur de la vue, faible : il change avec les modèles de lecture dont elle est faite, ses paramètres, le jour et l’état de la projection, pas avec l’heure de la réponse */
          ETag: string;
          /** @description Gardée par le navigateur seul, et revalidée à chaque usage */
          'Cache-Control': 'private, no-cache';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionalView'];
        };
      };
      /** @description La copie du client est toujours la vue : pas de corps */
      304: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur de la vue, faible : il change avec les modèles de lecture dont elle est faite, ses paramètres, le jour et l’état de la projection, pas avec l’heure de la réponse */
          ETag: string;
          /** @description Gardée par le navigateur seul, et revalidée à chaque usage */
          'Cache-Control': 'private, no-cache';
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue, COM qui n’est pas la sienne, ou cycle du SROM inconnu */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description Identifiant de la région */
        regionId: string;
        /** @description Macro-processus */
        macroProcessId: string;
        /** @description CCI de la région */
        cciId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Les entrées, de la plus récente à la plus ancienne */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue, ou case inconnue dans cette région */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  indicatorChange: {
    parameters: {
      query?: {
        cycle?: string;
        sromCycle?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Le validateur (ETag) de la copie que le client détient : 304 sans corps tant que la vue n’a pas changé. Un navigateur l’envoie de lui-même depuis son cache. */
        'If-None-Match'?: string;
      };
      path: {
        /** @description Identifiant de la région */
        regionId: string;
        /** @description Indicateur */
        indicatorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La part de la vue régionale que l'indicateur change */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur de la vue, faible : il change avec les modèles de lecture dont elle est faite, ses paramètres, le jour et l’état de la projection, pas avec l’heure de la réponse */
          ETag: string;
          /** @description Gardée par le navigateur seul, et revalidée à chaque usage */
          'Cache-Control': 'private, no-cache';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegionalIndicatorChange'];
        };
      };
      /** @description La copie du client est toujours la vue : pas de corps */
      304: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur de la vue, faible : il change avec les modèles de lecture dont elle est faite, ses paramètres, le jour et l’état de la projection, pas avec l’heure de la réponse */
          ETag: string;
          /** @description Gardée par le navigateur seul, et revalidée à chaque usage */
          'Cache-Control': 'private, no-cache';
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue, indicateur inconnu dans cette région, ou COM qui n’est pas la sienne */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
        cciId?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description Identifiant de la région */
        regionId: string;
        /** @description Indicateur */
        indicatorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Les entrées, de la plus récente à la plus ancienne */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue, ou indicateur inconnu dans cette région */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
        /** @description Date AAAA-MM-JJ : la vue telle qu’elle était à la fin de ce jour, heure de Paris. Une date future est refusée (422). */
        asOf?: string;
        sromCycle?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description Identifiant de la région */
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
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le nom du fichier proposé */
          'Content-Disposition': string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région, tableau ou cycle du SROM inconnus */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  entrySheet: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description La CCI */
        cciId: string;
        /** @description La période : AAAA-Tn pour un trimestre, AAAA pour une année */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La page de saisie */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntrySheetView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description La page de saisie d’une autre CCI */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description CCI inconnue, ou période au calendrier d’aucune COM de sa région */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  campaigns: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description Identifiant de la région */
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Les campagnes, de la plus récente à la plus ancienne */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignListView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  campaignReview: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description Identifiant de la région */
        regionId: string;
        /** @description La période : AAAA-Tn pour un trimestre, AAAA pour une année */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La revue */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignReviewView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Réservée à la CCI régionale de la région et à CCI France */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue, ou période au calendrier d’aucune COM de la région */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  annualReports: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description Identifiant de la région */
        regionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Les années, de la plus récente à la plus ancienne */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnnualReportsView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Données hors du périmètre de la CCI (autre région, vue nationale, supervision) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Région inconnue */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
        /** @description Date AAAA-MM-JJ : la vue telle qu’elle était à la fin de ce jour, heure de Paris. Une date future est refusée (422). */
        asOf?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Le validateur (ETag) de la copie que le client détient : 304 sans corps tant que la vue n’a pas changé. Un navigateur l’envoie de lui-même depuis son cache. */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La vue nationale */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur de la vue, faible : il change avec les modèles de lecture dont elle est faite, ses paramètres, le jour et l’état de la projection, pas avec l’heure de la réponse */
          ETag: string;
          /** @description Gardée par le navigateur seul, et revalidée à chaque usage */
          'Cache-Control': 'private, no-cache';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NationalView'];
        };
      };
      /** @description La copie du client est toujours la vue : pas de corps */
      304: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur de la vue, faible : il change avec les modèles de lecture dont elle est faite, ses paramètres, le jour et l’état de la projection, pas avec l’heure de la réponse */
          ETag: string;
          /** @description Gardée par le navigateur seul, et revalidée à chaque usage */
          'Cache-Control': 'private, no-cache';
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description La vue nationale est réservée à CCI France */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
        /** @description Date AAAA-MM-JJ : la vue telle qu’elle était à la fin de ce jour, heure de Paris. Une date future est refusée (422). */
        asOf?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le tableau */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le nom du fichier proposé */
          'Content-Disposition': string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description La vue nationale est réservée à CCI France */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  people: {
    parameters: {
      query?: {
        cciId?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description L'annuaire de la CCI */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeopleView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Il faut le rôle administration de la CCI (ou de sa CCI régionale, ou de CCI France) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description CCI inconnue */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  machineKeys: {
    parameters: {
      query?: {
        cciId?: string;
      };
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Les clés de la CCI */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MachineKeysView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Il faut le rôle administration de la CCI (ou de sa CCI régionale, ou de CCI France) */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description CCI inconnue */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Projecteurs, lettres mortes, reconstructions, rapprochement, demandes de la DSI */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MonitoringView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description La supervision est réservée aux CCI régionales et à CCI France */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description La lettre morte */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Remise dans le journal */
      202: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadLetterView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Réservé aux DSI des CCI régionales et à CCI France */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Lettre morte inconnue, ou hors du périmètre de la CCI */
      404: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Corps trop volumineux */
      413: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Le corps doit être du JSON (Content-Type: application/json) */
      415: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Ce message n'a pas de contenu à rejouer */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Journal indisponible */
      503: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RebuildRequest'];
      };
    };
    responses: {
      /** @description Reconstruction demandée : un service du projecteur la lance, et la supervision montre la demande puis la progression */
      202: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaintenanceRequestView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Réservé aux DSI des CCI régionales et à CCI France */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Une reconstruction de ce projecteur est déjà demandée ou en cours */
      409: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Corps trop volumineux */
      413: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Le corps doit être du JSON (Content-Type: application/json) */
      415: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Corps invalide (chaque champ et la règle enfreinte) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Rapprochement demandé : le service de projection nationale le fait, et la supervision montre la demande puis le résultat */
      202: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaintenanceRequestView'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Réservé aux DSI des CCI régionales et à CCI France */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Un rapprochement est déjà demandé ou en cours */
      409: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Corps trop volumineux */
      413: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Le corps doit être du JSON (Content-Type: application/json) */
      415: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Flux text/event-stream */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Clé d'API absente, mal formée, inconnue ou révoquée ; jeton de personne mal formé, falsifié, expiré, d'un autre émetteur ou d'une autre audience */
      401: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Personne retirée de l'annuaire ou rattachée à une autre CCI, ou accès hors de ce que ses rôles permettent */
      403: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Paramètre invalide (identifiant mal formé, date invalide ou future) */
      422: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit atteinte pour cet accès */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openDataCsv: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Le validateur (ETag) de la copie que le client détient : 304 sans corps si elle est à jour */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier CSV (séparateur « ; », virgule décimale, oui/non, UTF-8 avec BOM) */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur du fichier, faible : il change avec la consolidation nationale, pas avec l’instant de la réponse */
          ETag: string;
          /** @description Public : tout cache peut le garder une minute, puis le revalider */
          'Cache-Control': 'public, max-age=60';
          /** @description La licence du fichier */
          Link: string;
          /** @description Le nom du fichier proposé */
          'Content-Disposition': string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description La copie du client est toujours le fichier : pas de corps */
      304: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur du fichier, faible : il change avec la consolidation nationale, pas avec l’instant de la réponse */
          ETag: string;
          /** @description Public : tout cache peut le garder une minute, puis le revalider */
          'Cache-Control': 'public, max-age=60';
          /** @description La licence du fichier */
          Link: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit de cette adresse atteinte, pour tous ses appelants ensemble */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openDataJson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Le validateur (ETag) de la copie que le client détient : 304 sans corps si elle est à jour */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description La description des données, puis leurs lignes */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur du fichier, faible : il change avec la consolidation nationale, pas avec l’instant de la réponse */
          ETag: string;
          /** @description Public : tout cache peut le garder une minute, puis le revalider */
          'Cache-Control': 'public, max-age=60';
          /** @description La licence du fichier */
          Link: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenDataDocument'];
        };
      };
      /** @description La copie du client est toujours le fichier : pas de corps */
      304: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur du fichier, faible : il change avec la consolidation nationale, pas avec l’instant de la réponse */
          ETag: string;
          /** @description Public : tout cache peut le garder une minute, puis le revalider */
          'Cache-Control': 'public, max-age=60';
          /** @description La licence du fichier */
          Link: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit de cette adresse atteinte, pour tous ses appelants ensemble */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openDataDictionary: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Le validateur (ETag) de la copie que le client détient : 304 sans corps si elle est à jour */
        'If-None-Match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le dictionnaire */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur du fichier, faible : il change avec la consolidation nationale, pas avec l’instant de la réponse */
          ETag: string;
          /** @description Public : tout cache peut le garder une minute, puis le revalider */
          'Cache-Control': 'public, max-age=60';
          /** @description La licence du fichier */
          Link: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenDataDictionary'];
        };
      };
      /** @description La copie du client est toujours le fichier : pas de corps */
      304: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Le validateur du fichier, faible : il change avec la consolidation nationale, pas avec l’instant de la réponse */
          ETag: string;
          /** @description Public : tout cache peut le garder une minute, puis le revalider */
          'Cache-Control': 'public, max-age=60';
          /** @description La licence du fichier */
          Link: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Limite de débit de cette adresse atteinte, pour tous ses appelants ensemble */
      429: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Secondes à attendre avant de réessayer */
          'Retry-After': number;
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
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Oui */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  healthReady: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Oui */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Non : le rapport dit quelle vérification échoue */
      503: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthReport'];
        };
      };
    };
  };
  metrics: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Métriques au format texte de Prometheus */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openapi: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 3.1 */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenApiDocument'];
        };
      };
      /** @description Paramètre de requête inconnu : seuls asOf, cciId, cycle et sromCycle existent, là où l’opération les déclare */
      400: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
