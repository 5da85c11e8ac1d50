// Généré par `npm run generate:api` depuis apps/ingest-api/openapi.json : ne pas modifier à la main.

export type paths = {
  '/v1/commands/change-process-mode': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Changer le mode de gestion d'un macro-processus
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['changeProcessMode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/set-process-mode-target': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fixer la projection (cible) du mode de gestion
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['setProcessModeTarget'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/plan-action': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Décider un chantier ou une action
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['planAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/start-action': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Démarrer une action
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['startAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/complete-action': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Achever une action
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['completeAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/abandon-action': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Abandonner une action
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['abandonAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/set-indicator-target': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fixer la cible annuelle d'un indicateur
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['setIndicatorTarget'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/set-indicator-trajectory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fixer la valeur de référence et la cible finale d'un indicateur
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['setIndicatorTrajectory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/report-indicator': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Déclarer la valeur d'un indicateur pour une période (une nouvelle déclaration corrige la précédente)
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['reportIndicator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/draft-indicator-value': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Garder un brouillon de valeur, que la région ne voit pas, avant de le déclarer
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['draftIndicatorValue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/declare-indicator-draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Déclarer le brouillon gardé pour un indicateur et une période (valeur, unité, commentaire)
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['declareIndicatorDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/correct-indicator-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Corriger une valeur déclarée (la précédente reste tracée)
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['correctIndicatorReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/sign-objectives-convention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enregistrer la signature d'une convention d'objectifs et de moyens
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['signObjectivesConvention'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/validate-declaration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Valider la déclaration d'une CCI de la région
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['validateDeclaration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/send-back-declaration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Renvoyer une déclaration à sa CCI, avec un commentaire
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['sendBackDeclaration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/close-campaign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Clôturer la campagne d'une période : ses chiffres ne peuvent plus changer
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['closeCampaign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/reopen-campaign-for-cci': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rouvrir une période clôturée pour une CCI, avec un motif, jusqu’à la prochaine clôture
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['reopenCampaignForCci'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/record-srom-annual-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enregistrer la revue annuelle du SROM par le Bureau régional
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['recordSromAnnualReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/present-annual-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enregistrer la présentation du rapport annuel à l'Assemblée générale, avec ses chiffres arrêtés à une date
     * @description Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['presentAnnualReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/batch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enregistrer jusqu'à 500 commandes, chacune avec son propre résultat
     * @description Chaque commande est décidée et reçoit son résultat (statut HTTP, événements ou problème) : une commande refusée n'empêche pas les autres. Les commandes acceptées sont ajoutées au journal en un seul envoi ; s'il échoue, toute la requête reçoit 503 et peut être renvoyée avec les mêmes clés d'idempotence. Le corps est validé champ par champ (422 /problemes/validation, chaque champ et sa règle, en français) ; un champ inconnu est refusé. Puis la décision applique les règles que le schéma ne peut pas dire (422 /problemes/regle-metier avec un code) : identifiants connus des données de référence (sinon 404), unité et bornes de la valeur d'un indicateur, période dans la COM et déjà commencée, dates entre le 1er janvier 2000 et un an après aujourd'hui, transitions de mode et d'action possibles, version attendue égale à la version actuelle (sinon 409 avec currentVersion), période dont la campagne n'est pas clôturée (sinon 409 periode-cloturee, sauf pour une CCI pour qui la région l'a rouverte).
     */
    post: operations['recordBatch'];
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
    get?: never;
    put?: never;
    /**
     * Inviter une personne dans sa CCI, avec ses rôles ; elle est reconnue à sa première connexion par son adresse vérifiée
     * @description Réservé aux personnes qui ont le rôle administration dans la CCI (les clés du fichier des identifiants, qui servent à l'amorçage, l'ont aussi). Le corps est validé champ par champ (422 /problemes/validation) ; puis la décision (422 /problemes/regle-metier : rôle qu'une CCI de ce genre ne donne pas, retrait de soi-même, administration demandée pour une clé).
     */
    post: operations['invitePerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/people/{personId}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Changer les rôles d'une personne
     * @description Réservé aux personnes qui ont le rôle administration dans la CCI (les clés du fichier des identifiants, qui servent à l'amorçage, l'ont aussi). Le corps est validé champ par champ (422 /problemes/validation) ; puis la décision (422 /problemes/regle-metier : rôle qu'une CCI de ce genre ne donne pas, retrait de soi-même, administration demandée pour une clé).
     */
    put: operations['changePersonRoles'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/people/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Retirer une personne de sa CCI : son accès s'arrête à sa requête suivante
     * @description Réservé aux personnes qui ont le rôle administration dans la CCI (les clés du fichier des identifiants, qui servent à l'amorçage, l'ont aussi). Le corps est validé champ par champ (422 /problemes/validation) ; puis la décision (422 /problemes/regle-metier : rôle qu'une CCI de ce genre ne donne pas, retrait de soi-même, administration demandée pour une clé).
     */
    delete: operations['removePerson'];
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
    get?: never;
    put?: never;
    /**
     * Créer une clé d'accès pour un outil de la CCI : la clé n'est montrée que dans cette réponse
     * @description Réservé aux personnes qui ont le rôle administration dans la CCI (les clés du fichier des identifiants, qui servent à l'amorçage, l'ont aussi). Le corps est validé champ par champ (422 /problemes/validation) ; puis la décision (422 /problemes/regle-metier : rôle qu'une CCI de ce genre ne donne pas, retrait de soi-même, administration demandée pour une clé).
     */
    post: operations['issueMachineKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/machine-keys/{keyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Révoquer une clé d'accès : les API la refusent dans la seconde. Pour la remplacer, en créer une autre d'abord
     * @description Réservé aux personnes qui ont le rôle administration dans la CCI (les clés du fichier des identifiants, qui servent à l'amorçage, l'ont aussi). Le corps est validé champ par champ (422 /problemes/validation) ; puis la décision (422 /problemes/regle-metier : rôle qu'une CCI de ce genre ne donne pas, retrait de soi-même, administration demandée pour une clé).
     */
    delete: operations['revokeMachineKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/commands/change-notice-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Choisir, type par type, comment ses notifications parviennent
     * @description Réservé à la personne elle-même, connectée (jeton que signe la passerelle web), quels que soient ses rôles ; seulement les types de notification que ses rôles reçoivent (sinon 422 /problemes/regle-metier notification-hors-roles). Un type absent garde son choix ; un choix déjà ainsi n'enregistre rien.
     */
    post: operations['changeNoticePreferences'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ne plus recevoir un type de notification, par le lien d'un message, sans se connecter
     * @description Public : le jeton du lien, que le service de notification signe (60 jours), nomme la personne et le type de notification, qui passe à « aucun ». Un lien refusé (falsifié, expiré, incomplet : 403 avec le code lien-*) n'enregistre rien ; un type déjà arrêté répond unchanged. Le débit de cette adresse est limité pour tous ses appelants ensemble.
     */
    post: operations['unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/schemas/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les JSON Schemas des événements, pour que l'outil d'une CCI vérifie un fait avant de l'envoyer */
    get: operations['eventSchemas'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/schemas/events/{type}/v{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le JSON Schema (draft 2020-12) d'un type d'événement dans une version */
    get: operations['eventSchema'];
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
    get: operations['live'];
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
    /** Les écritures peuvent être faites sûrement (Kafka joignable, état reconstruit) */
    get: operations['ready'];
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
    /**
     * ChangeProcessMode
     * @description Changer le mode de gestion d'un macro-processus
     */
    ChangeProcessMode: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      macroProcessId: string;
      from: ('A' | 'C' | 'H' | 'M' | 'I') | null;
      /**
       * @description Mode de gestion : A Autonomie, C Coopération, H Harmonisation, M Mutualisation, I Intégration
       * @enum {string}
       */
      to: 'A' | 'C' | 'H' | 'M' | 'I';
      /** @default null */
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
      /**
       * Format: date
       * @example 2015-05-29
       */
      effectiveDate: string;
      rationale: string;
      /**
       * @description Instance qui a décidé (Bureau régional, COMEX...), ou null si elle n’est pas connue
       * @default null
       */
      decidedBy: {
        /** @example cci-mayenne */
        bodyId: string;
        /**
         * Format: date
         * @example 2015-05-29
         */
        on?: string;
      } | null;
      /** @description Source du fait : document et phrase citée */
      evidence?: {
        document: string;
        excerpt: string;
        note?: string;
      };
      /** @description Version de l'agrégat que le client a lue (0 s'il n'existe pas encore) */
      expectedVersion: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * SetProcessModeTarget
     * @description Fixer la projection (cible) du mode de gestion
     */
    SetProcessModeTarget: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      macroProcessId: string;
      /**
       * @description Le jalon de projection visé ; par défaut, celui du cycle du SROM en vigueur
       * @example 2021
       */
      milestoneId?: string;
      /**
       * @description Mode de gestion : A Autonomie, C Coopération, H Harmonisation, M Mutualisation, I Intégration
       * @enum {string}
       */
      mode: 'A' | 'C' | 'H' | 'M' | 'I';
      /** @default null */
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
      rationale: string;
      /**
       * @description Instance qui a décidé (Bureau régional, COMEX...), ou null si elle n’est pas connue
       * @default null
       */
      decidedBy: {
        /** @example cci-mayenne */
        bodyId: string;
        /**
         * Format: date
         * @example 2015-05-29
         */
        on?: string;
      } | null;
      /** @description Source du fait : document et phrase citée */
      evidence?: {
        document: string;
        excerpt: string;
        note?: string;
      };
      /** @description Version de l'agrégat que le client a lue (0 s'il n'existe pas encore) */
      expectedVersion: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * PlanAction
     * @description Décider un chantier ou une action
     */
    PlanAction: {
      /** @example cci-mayenne */
      actionId: string;
      /** @example cci-mayenne */
      regionId: string;
      /** @example cci-mayenne */
      ownerCciId: string;
      title: string;
      description?: string;
      /** @default null */
      functionId: string | null;
      /** @default [] */
      macroProcessIds: string[];
      /** @default null */
      axisId: string | null;
      /** @default false */
      totem: boolean;
      /**
       * Format: date
       * @example 2015-05-29
       */
      plannedOn: string;
      /** @default null */
      dueOn: string | null;
      /**
       * @description Instance qui a décidé (Bureau régional, COMEX...), ou null si elle n’est pas connue
       * @default null
       */
      decidedBy: {
        /** @example cci-mayenne */
        bodyId: string;
        /**
         * Format: date
         * @example 2015-05-29
         */
        on?: string;
      } | null;
      /** @description Source du fait : document et phrase citée */
      evidence?: {
        document: string;
        excerpt: string;
        note?: string;
      };
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * StartAction
     * @description Démarrer une action
     */
    StartAction: {
      /** @example cci-mayenne */
      actionId: string;
      /**
       * Format: date
       * @example 2015-05-29
       */
      startedOn: string;
      note?: string;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * CompleteAction
     * @description Achever une action
     */
    CompleteAction: {
      /** @example cci-mayenne */
      actionId: string;
      /**
       * Format: date
       * @example 2015-05-29
       */
      completedOn: string;
      note?: string;
      /** @description Source du fait : document et phrase citée */
      evidence?: {
        document: string;
        excerpt: string;
        note?: string;
      };
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * AbandonAction
     * @description Abandonner une action
     */
    AbandonAction: {
      /** @example cci-mayenne */
      actionId: string;
      /**
       * Format: date
       * @example 2015-05-29
       */
      abandonedOn: string;
      reason: string;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * SetIndicatorTarget
     * @description Fixer la cible annuelle d'un indicateur
     */
    SetIndicatorTarget: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      year: number;
      /** @description Valeur dans l'unité de l'indicateur */
      target: number;
      /** @example cci-mayenne */
      unitId: string;
      rationale?: string;
      /**
       * @description Instance qui a décidé (Bureau régional, COMEX...), ou null si elle n’est pas connue
       * @default null
       */
      decidedBy: {
        /** @example cci-mayenne */
        bodyId: string;
        /**
         * Format: date
         * @example 2015-05-29
         */
        on?: string;
      } | null;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * SetIndicatorTrajectory
     * @description Fixer la valeur de référence et la cible finale d'un indicateur
     */
    SetIndicatorTrajectory: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      baseline: {
        year: number;
        /** @description Valeur dans l'unité de l'indicateur */
        value: number;
      };
      /** @description Valeur dans l'unité de l'indicateur */
      finalTarget: number;
      /** @example cci-mayenne */
      unitId: string;
      rationale?: string;
      /**
       * @description Instance qui a décidé (Bureau régional, COMEX...), ou null si elle n’est pas connue
       * @default null
       */
      decidedBy: {
        /** @example cci-mayenne */
        bodyId: string;
        /**
         * Format: date
         * @example 2015-05-29
         */
        on?: string;
      } | null;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * ReportIndicator
     * @description Déclarer la valeur d'un indicateur pour une période (une nouvelle déclaration corrige la précédente)
     */
    ReportIndicator: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      /**
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /** @description Valeur dans l'unité de l'indicateur */
      value: number;
      /** @example cci-mayenne */
      unitId: string;
      /** @default null */
      comment: string | null;
      /** @description Version de la déclaration que le client a lue, brouillons compris (0 si rien n'est saisi) ; si elle a changé depuis, la commande est refusée (409) avec la version et la valeur actuelles. La mettre dans la clé d'idempotence fait d'une valeur remise à un chiffre antérieur une nouvelle déclaration. */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * DraftIndicatorValue
     * @description Garder un brouillon de valeur, que la région ne voit pas, avant de le déclarer
     */
    DraftIndicatorValue: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      /**
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /** @description Valeur dans l'unité de l'indicateur */
      value: number;
      /** @example cci-mayenne */
      unitId: string;
      /** @default null */
      comment: string | null;
      /** @description Version de la déclaration que le client a lue, brouillons compris (0 si rien n'est saisi) ; si elle a changé depuis, la commande est refusée (409) avec la version et la valeur actuelles. La mettre dans la clé d'idempotence fait d'une valeur remise à un chiffre antérieur une nouvelle déclaration. */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * DeclareIndicatorDraft
     * @description Déclarer le brouillon gardé pour un indicateur et une période (valeur, unité, commentaire)
     */
    DeclareIndicatorDraft: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      /**
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /** @description Version de la déclaration que le client a lue, brouillons compris (0 si rien n'est saisi) ; si elle a changé depuis, la commande est refusée (409) avec la version et la valeur actuelles. La mettre dans la clé d'idempotence fait d'une valeur remise à un chiffre antérieur une nouvelle déclaration. */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * CorrectIndicatorReport
     * @description Corriger une valeur déclarée (la précédente reste tracée)
     */
    CorrectIndicatorReport: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      /**
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /** @description Valeur dans l'unité de l'indicateur */
      value: number;
      /** @example cci-mayenne */
      unitId: string;
      /** @default null */
      comment: string | null;
      reason: string;
      /** @description Version de la déclaration que le client a lue, brouillons compris (0 si rien n'est saisi) ; si elle a changé depuis, la commande est refusée (409) avec la version et la valeur actuelles. La mettre dans la clé d'idempotence fait d'une valeur remise à un chiffre antérieur une nouvelle déclaration. */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * SignObjectivesConvention
     * @description Enregistrer la signature d'une convention d'objectifs et de moyens
     */
    SignObjectivesConvention: {
      /** @example cci-mayenne */
      comId: string;
      signedOn: string | null;
      signedOnText: string;
      place: string;
      signatories: string[];
      /** @description Source du fait : document et phrase citée */
      evidence?: {
        document: string;
        excerpt: string;
        note?: string;
      };
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * ValidateDeclaration
     * @description Valider la déclaration d'une CCI de la région
     */
    ValidateDeclaration: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      /**
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /** @description La version de la déclaration que la région a lue (celle de sa dernière déclaration) : si la CCI a déclaré depuis, la commande est refusée (409) */
      declaredVersion: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * SendBackDeclaration
     * @description Renvoyer une déclaration à sa CCI, avec un commentaire
     */
    SendBackDeclaration: {
      /** @example cci-mayenne */
      cciId: string;
      /** @example cci-mayenne */
      indicatorId: string;
      /**
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /** @description La version de la déclaration que la région a lue (celle de sa dernière déclaration) : si la CCI a déclaré depuis, la commande est refusée (409) */
      declaredVersion: number;
      /** @description Ce que la CCI doit revoir ; elle le lit sur sa page de saisie */
      comment: string;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * CloseCampaign
     * @description Clôturer la campagne d'une période : ses chiffres ne peuvent plus changer
     */
    CloseCampaign: {
      /** @example cci-mayenne */
      regionId: string;
      /**
       * @description La période de la campagne, du calendrier de la COM de la région
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /**
       * @description Le nombre de déclarations attendues non validées que la région accepte de laisser manquantes ; il doit être celui du moment, sinon la clôture est refusée avec le compte
       * @default 0
       */
      acknowledgedMissing: number;
      /** @description Version de l'agrégat que le client a lue (0 s'il n'existe pas encore) */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * ReopenCampaignForCci
     * @description Rouvrir une période clôturée pour une CCI, avec un motif, jusqu’à la prochaine clôture
     */
    ReopenCampaignForCci: {
      /** @example cci-mayenne */
      regionId: string;
      /**
       * @description La période de la campagne, du calendrier de la COM de la région
       * @example 2024-T3
       * @example 2024
       */
      period: string;
      /** @example cci-mayenne */
      cciId: string;
      reason: string;
      /** @description Version de l'agrégat que le client a lue (0 s'il n'existe pas encore) */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * RecordSromAnnualReview
     * @description Enregistrer la revue annuelle du SROM par le Bureau régional
     */
    RecordSromAnnualReview: {
      /** @example cci-mayenne */
      regionId: string;
      year: number;
      /**
       * Format: date
       * @example 2015-05-29
       */
      reviewedOn: string;
      /**
       * @default bureau-regional
       * @example cci-mayenne
       */
      bodyId: string;
      summary: string;
      /** @description Version de l'agrégat que le client a lue (0 s'il n'existe pas encore) */
      expectedVersion?: number;
      /**
       * Format: date-time
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /**
     * PresentAnnualReport
     * @description Enregistrer la présentation du rapport annuel à l'Assemblée générale, avec ses chiffres arrêtés à une date
     */
    PresentAnnualReport: {
      /** @example cci-mayenne */
      regionId: string;
      year: number;
      /** @description La version présentée : 1 la première fois, puis la suivante pour une nouvelle présentation (les précédentes restent telles quelles) */
      edition: number;
      /**
       * Format: date
       * @example 2015-05-29
       */
      presentedOn: string;
      /**
       * @default assemblee-generale
       * @example cci-mayenne
       */
      bodyId: string;
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
       * @description Quand le fait a eu lieu, s'il est antérieur à l'envoi (par défaut : maintenant)
       * @example 2024-04-30T18:00:00+02:00
       */
      occurredAt?: string;
    };
    /** @description Un lot de 1 à 500 commandes */
    BatchRequest: {
      commands: {
        /**
         * @description Le type de la commande
         * @enum {string}
         */
        type:
          | 'ChangeProcessMode'
          | 'SetProcessModeTarget'
          | 'PlanAction'
          | 'StartAction'
          | 'CompleteAction'
          | 'AbandonAction'
          | 'SetIndicatorTarget'
          | 'SetIndicatorTrajectory'
          | 'ReportIndicator'
          | 'DraftIndicatorValue'
          | 'DeclareIndicatorDraft'
          | 'CorrectIndicatorReport'
          | 'SignObjectivesConvention'
          | 'ValidateDeclaration'
          | 'SendBackDeclaration'
          | 'CloseCampaign'
          | 'ReopenCampaignForCci'
          | 'RecordSromAnnualReview'
          | 'PresentAnnualReport';
        /** @description Le corps de la commande, comme pour son point d’accès ; un corps invalide est refusé dans le résultat de cette commande (422), pas pour tout le lot */
        body: unknown;
        /**
         * @description La clé d’idempotence de cette commande
         * @default null
         */
        idempotencyKey: string | null;
      }[];
    };
    /**
     * InvitePerson
     * @description Inviter une personne dans sa CCI, avec ses rôles
     */
    InvitePerson: {
      /**
       * @description La CCI de la personne
       * @example cci-mayenne
       */
      cciId: string;
      /**
       * @description Son adresse électronique, celle que son fournisseur d'identité vérifie : elle y est reconnue à sa première connexion
       * @example claire.lefebvre@rouen-metropole.cci.fr
       */
      email: string;
      /**
       * @description Son nom, tel que les autres le verront
       * @example Claire Lefebvre
       */
      name: string;
      /** @description Les rôles (au moins un) : saisie, validation, lecture, administration, supervision */
      roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
    };
    /**
     * ChangePersonRoles
     * @description Changer les rôles d'une personne
     */
    ChangePersonRoles: {
      /** @description Les rôles (au moins un) : saisie, validation, lecture, administration, supervision */
      roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
    };
    /**
     * IssueMachineKey
     * @description Créer une clé d'accès pour un outil de la CCI
     */
    IssueMachineKey: {
      /**
       * @description La CCI dont l’outil présentera la clé
       * @example cci-mayenne
       */
      cciId: string;
      /**
       * @description À quoi sert la clé (l'outil qui la présentera)
       * @example Tableur de saisie
       */
      label: string;
      /** @description Les rôles auxquels la clé est limitée (au moins un, sans doublon) : saisie, validation, lecture, supervision ; l'administration est réservée aux personnes */
      roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
    };
    /**
     * ChangeNoticePreferences
     * @description Choisir, type par type, comment on reçoit ses notifications
     */
    ChangeNoticePreferences: {
      /**
       * Format: uuid
       * @description La personne connectée : chacun ne choisit que pour soi
       */
      personId: string;
      /**
       * @description Les types de notification à changer et comment chacun doit parvenir ; un type absent garde son choix
       * @example {
       *       "rappel-j7": "resume-quotidien",
       *       "retard": "aucun"
       *     }
       */
      preferences: {
        [key: string]: 'immediat' | 'resume-quotidien' | 'aucun';
      };
    };
    /** @description Le lien de désabonnement reçu dans un message */
    UnsubscribeRequest: {
      /** @description Le jeton du lien de désabonnement, tel que le message le donne (?jeton=…) */
      token: string;
    };
    /** @description Ce que la commande a enregistré */
    CommandResult: {
      /**
       * @description recorded : le fait est enregistré ; unchanged : il était déjà connu tel quel
       * @enum {string}
       */
      outcome: 'recorded' | 'unchanged';
      events: components['schemas']['RecordedEvent'][];
    };
    /** @description Un événement enregistré et sa position dans le journal */
    RecordedEvent: {
      /** Format: uuid */
      eventId: string;
      /** @description Le type d'événement (la liste s'allonge) */
      type: string;
      aggregateId: string;
      aggregateVersion: number;
      /** @description La partition Kafka (-1 si le courtier ne l’a pas dite) */
      partition: number;
      /** @description La position dans la partition (-1 si inconnue) */
      offset: number;
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
    /** @description Un résultat par commande, dans l’ordre du lot */
    BatchResult: {
      results: components['schemas']['ItemResult'][];
    };
    /** @description Le résultat d’une commande du lot */
    ItemResult:
      | {
          /** @description La place de la commande dans le lot */
          index: number;
          /** @constant */
          status: 201;
          /** @constant */
          outcome: 'recorded';
          events: components['schemas']['RecordedEvent'][];
        }
      | {
          /** @description La place de la commande dans le lot */
          index: number;
          /** @constant */
          status: 200;
          /** @constant */
          outcome: 'unchanged';
          events: components['schemas']['RecordedEvent'][];
        }
      | {
          /** @description La place de la commande dans le lot */
          index: number;
          /** @constant */
          status: 200;
          /** @constant */
          outcome: 'replayed';
          events: components['schemas']['RecordedEvent'][];
          /** @description La première réponse à cette clé d’idempotence */
          original: {
            /** @enum {number} */
            status: 200 | 201;
            /** @enum {string} */
            outcome: 'recorded' | 'unchanged';
          };
        }
      | {
          /** @description La place de la commande dans le lot */
          index: number;
          status: number;
          problem: components['schemas']['Problem'];
        };
    /** @description Ce que la commande a enregistré, et la personne telle qu'elle est */
    PersonResult: {
      /**
       * @description recorded : le changement est enregistré ; unchanged : il était déjà ainsi
       * @enum {string}
       */
      outcome: 'recorded' | 'unchanged';
      person: components['schemas']['Person'];
      events: components['schemas']['RecordedEvent'][];
    };
    /** @description Une personne de l'annuaire de sa CCI */
    Person: {
      /**
       * Format: uuid
       * @description Identifiant de la personne (attribué à l'invitation)
       */
      personId: string;
      cciId: string;
      email: string;
      name: string;
      roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
      /**
       * @description active ; removed : retirée, son accès est fermé
       * @enum {string}
       */
      status: 'active' | 'removed';
    };
    /** @description La clé créée, avec son secret, montré une seule fois */
    IssuedMachineKey: {
      /** @description La clé à donner à l’outil, montrée cette fois seulement : seule son empreinte est gardée */
      key: string;
      /**
       * @description recorded : le changement est enregistré ; unchanged : il était déjà ainsi
       * @enum {string}
       */
      outcome: 'recorded' | 'unchanged';
      machineKey: components['schemas']['MachineKey'];
      events: components['schemas']['RecordedEvent'][];
    };
    /** @description Une clé d'accès, sans son secret */
    MachineKey: {
      /**
       * @description Identifiant de la clé (les 12 caractères après « cci_ »)
       * @example 0f3a9c21b7de
       */
      keyId: string;
      cciId: string;
      label: string;
      roles: ('saisie' | 'validation' | 'lecture' | 'administration' | 'supervision')[];
      revoked: boolean;
    };
    /** @description Ce que la révocation a enregistré, et la clé */
    MachineKeyResult: {
      /**
       * @description recorded : le changement est enregistré ; unchanged : il était déjà ainsi
       * @enum {string}
       */
      outcome: 'recorded' | 'unchanged';
      machineKey: components['schemas']['MachineKey'];
      events: components['schemas']['RecordedEvent'][];
    };
    /** @description Ce que le choix a enregistré, et le choix tel qu’il est */
    NoticePreferencesResult: {
      /**
       * @description recorded : le choix est enregistré ; unchanged : il était déjà ainsi
       * @enum {string}
       */
      outcome: 'recorded' | 'unchanged';
      /**
       * Format: uuid
       * @description Identifiant de la personne (attribué à l'invitation)
       */
      personId: string;
      /**
       * @description Le choix entier, chaque type de notification de ses rôles
       * @example {
       *       "rappel-j7": "resume-quotidien",
       *       "retard": "aucun"
       *     }
       */
      preferences: {
        [key: string]: 'immediat' | 'resume-quotidien' | 'aucun';
      };
      events: components['schemas']['RecordedEvent'][];
    };
    /** @description Le type de notification que la personne ne reçoit plus */
    UnsubscribeResult: {
      /**
       * @description recorded : le choix est enregistré ; unchanged : il était déjà ainsi
       * @enum {string}
       */
      outcome: 'recorded' | 'unchanged';
      /**
       * @description Le type de notification arrêté
       * @enum {string}
       */
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
      /** @description Son nom, tel que les messages et le tableau de bord le disent */
      kindLabel: string;
      /**
       * @description aucun : la personne ne le reçoit plus
       * @enum {string}
       */
      delivery: 'immediat' | 'resume-quotidien' | 'aucun';
      /** @description La personne désabonnée */
      personName: string;
      /** @description Sa CCI */
      cciName: string;
      events: components['schemas']['RecordedEvent'][];
    };
    /** @description Chaque type d'événement et chaque version de son schéma encore lue dans le journal, avec l'adresse de son JSON Schema */
    EventSchemaList: {
      events: {
        /** @description Le type d'événement (la liste s'allonge) */
        type: string;
        version: number;
        /** @description La version que la plateforme écrit aujourd’hui */
        current: boolean;
        /** @description Où lire ce schéma */
        href: string;
      }[];
    };
    /** @description Le JSON Schema (draft 2020-12) d'un événement */
    EventJsonSchema: {
      $id: string;
      /** @constant */
      $schema: 'https://json-schema.org/draft/2020-12/schema';
      title: string;
      /** @constant */
      type: 'object';
    } & {
      [key: string]: unknown;
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
  changeProcessMode: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeProcessMode'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  setProcessModeTarget: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetProcessModeTarget'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  planAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PlanAction'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  startAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['StartAction'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  completeAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteAction'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  abandonAction: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AbandonAction'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  setIndicatorTarget: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetIndicatorTarget'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  setIndicatorTrajectory: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetIndicatorTrajectory'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  reportIndicator: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportIndicator'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  draftIndicatorValue: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DraftIndicatorValue'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  declareIndicatorDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareIndicatorDraft'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  correctIndicatorReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectIndicatorReport'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  signObjectivesConvention: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignObjectivesConvention'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  validateDeclaration: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ValidateDeclaration'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  sendBackDeclaration: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendBackDeclaration'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  closeCampaign: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseCampaign'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  reopenCampaignForCci: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenCampaignForCci'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  recordSromAnnualReview: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordSromAnnualReview'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  presentAnnualReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
        /** @description Clé choisie par le client, propre à la CCI. La même clé avec le même corps renvoie la première réponse sans rien enregistrer de plus (en-tête Idempotent-Replayed: true) ; avec un autre corps : 422 cle-idempotence-reutilisee. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PresentAnnualReport'];
      };
    };
    responses: {
      /** @description Rien à enregistrer (le fait est déjà connu tel quel), ou la réponse déjà donnée à cette clé d’idempotence */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Fait enregistré */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          /** @description Présent quand la réponse est celle d'une requête déjà reçue sous la même clé */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description La CCI authentifiée n'a pas le droit d'enregistrer ce fait (autre CCI, autre région, CCI France, rôle manquant) */
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
      /** @description CCI, macro-processus, indicateur, unité, COM ou action inconnus */
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
      /** @description Version périmée (la réponse donne la version actuelle), transition impossible ou période clôturée */
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
      /** @description Données invalides (chaque champ et la règle enfreinte, en-tête Idempotency-Key compris), clé d'idempotence déjà utilisée pour une autre requête, ou règle métier non respectée */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  recordBatch: {
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
        'application/json': components['schemas']['BatchRequest'];
      };
    };
    responses: {
      /** @description Un résultat par commande */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BatchResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description Lot invalide (forme, nombre de commandes, type, clé) */
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
      /** @description Le journal ne peut pas enregistrer maintenant : rien n'a été enregistré à moitié ; réessayer avec la même clé d'idempotence */
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
  invitePerson: {
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
        'application/json': components['schemas']['InvitePerson'];
      };
    };
    responses: {
      /** @description Déjà invitée ainsi : rien de changé */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonResult'];
        };
      };
      /** @description Personne invitée */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description L'accès n'a pas le rôle administration pour cette CCI (autre CCI, autre région, CCI France pour une autre CCI ; une CCI régionale ne gère, dans ses CCI territoriales, que leurs administrateurs) */
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
      /** @description L'adresse est déjà celle d'une personne de l'annuaire */
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
      /** @description Données invalides, ou rôle hors de ce que la CCI peut donner */
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
      /** @description Le journal ne peut pas enregistrer maintenant, ou la gestion des accès attend que tous les services lisent la version 2 des événements : rien n'a été enregistré */
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
  changePersonRoles: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description L'identifiant de la personne */
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePersonRoles'];
      };
    };
    responses: {
      /** @description Rôles changés, ou déjà ceux-là */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description L'accès n'a pas le rôle administration pour cette CCI (autre CCI, autre région, CCI France pour une autre CCI ; une CCI régionale ne gère, dans ses CCI territoriales, que leurs administrateurs) */
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
      /** @description Personne inconnue ou retirée de l'annuaire */
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
      /** @description Données invalides, rôle hors de ce que la CCI peut donner, ou retrait de son propre rôle administration */
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
      /** @description Le journal ne peut pas enregistrer maintenant, ou la gestion des accès attend que tous les services lisent la version 2 des événements : rien n'a été enregistré */
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
  removePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description L'identifiant de la personne */
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Personne retirée, ou déjà retirée */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonResult'];
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
      /** @description L'accès n'a pas le rôle administration pour cette CCI (autre CCI, autre région, CCI France pour une autre CCI ; une CCI régionale ne gère, dans ses CCI territoriales, que leurs administrateurs) */
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
      /** @description Personne inconnue */
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
      /** @description On ne se retire pas soi-même */
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
      /** @description Le journal ne peut pas enregistrer maintenant, ou la gestion des accès attend que tous les services lisent la version 2 des événements : rien n'a été enregistré */
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
  issueMachineKey: {
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
        'application/json': components['schemas']['IssueMachineKey'];
      };
    };
    responses: {
      /** @description Clé créée ; gardez-la, elle ne sera plus montrée */
      201: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedMachineKey'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description L'accès n'a pas le rôle administration pour cette CCI (autre CCI, autre région, CCI France pour une autre CCI ; une CCI régionale ne gère, dans ses CCI territoriales, que leurs administrateurs) */
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
      /** @description Identifiant de clé déjà pris : recommencer */
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
      /** @description Données invalides, rôle hors de ce que la CCI peut donner, ou administration demandée */
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
      /** @description Le journal ne peut pas enregistrer maintenant, ou la gestion des accès attend que tous les services lisent la version 2 des événements : rien n'a été enregistré */
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
  revokeMachineKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description L'identifiant de la clé */
        keyId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Clé révoquée, ou déjà révoquée */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MachineKeyResult'];
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
      /** @description L'accès n'a pas le rôle administration pour cette CCI (autre CCI, autre région, CCI France pour une autre CCI ; une CCI régionale ne gère, dans ses CCI territoriales, que leurs administrateurs) */
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
      /** @description Clé inconnue */
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
      /** @description Le journal ne peut pas enregistrer maintenant, ou la gestion des accès attend que tous les services lisent la version 2 des événements : rien n'a été enregistré */
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
  changeNoticePreferences: {
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
        'application/json': components['schemas']['ChangeNoticePreferences'];
      };
    };
    responses: {
      /** @description Choix enregistré, ou déjà ainsi */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NoticePreferencesResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description Les notifications d'une autre personne, ou un accès qui n'est pas une personne */
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
      /** @description Personne retirée de l'annuaire */
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
      /** @description Données invalides, ou type de notification que ses rôles ne reçoivent pas */
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
      /** @description Le journal ne peut pas enregistrer maintenant, ou le choix attend que tous les services lisent la version 2 des événements : rien n'a été enregistré */
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
  unsubscribe: {
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
        'application/json': components['schemas']['UnsubscribeRequest'];
      };
    };
    responses: {
      /** @description Ce type de notification ne parvient plus à la personne */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnsubscribeResult'];
        };
      };
      /** @description Corps illisible : JSON invalide, ou encodage autre que UTF-8 */
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
      /** @description Lien falsifié, expiré ou incomplet : rien n’est enregistré */
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
      /** @description La personne du lien n'est pas ou plus dans l'annuaire */
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
      /** @description Corps invalide (jeton absent) */
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
      /** @description Limite de débit atteinte pour cette adresse */
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
      /** @description Le journal ne peut pas enregistrer maintenant, ou le choix attend que tous les services lisent la version 2 des événements : rien n'a été enregistré */
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
  eventSchemas: {
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
      /** @description Chaque type et chaque version, avec son adresse */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventSchemaList'];
        };
      };
    };
  };
  eventSchema: {
    parameters: {
      query?: never;
      header?: {
        /** @description Identifiant de corrélation choisi par le client, renvoyé dans la réponse et écrit dans les journaux ; une valeur hors de [A-Za-z0-9._:-]{1,100} est remplacée par un nouvel identifiant. */
        'X-Correlation-Id'?: string;
      };
      path: {
        /** @description Le type d'événement */
        type:
          | 'ProcessModeChanged'
          | 'ProcessModeTargetSet'
          | 'ActionPlanned'
          | 'ActionStarted'
          | 'ActionCompleted'
          | 'ActionAbandoned'
          | 'IndicatorTargetSet'
          | 'IndicatorTrajectorySet'
          | 'IndicatorReported'
          | 'IndicatorReportCorrected'
          | 'ObjectivesConventionSigned'
          | 'IndicatorValueDrafted'
          | 'DeclarationValidated'
          | 'DeclarationSentBack'
          | 'CampaignClosed'
          | 'CampaignReopenedForCci'
          | 'SromAnnualReviewRecorded'
          | 'AnnualReportPresented'
          | 'PersonInvited'
          | 'PersonRolesChanged'
          | 'PersonRemoved'
          | 'NoticePreferencesChanged'
          | 'MachineKeyIssued'
          | 'MachineKeyRevoked';
        /** @description La version du schéma (le nombre après « v ») */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le schéma */
      200: {
        headers: {
          /** @description L’identifiant de corrélation de la requête, repris dans les journaux */
          'X-Correlation-Id': string;
          [name: string]: unknown;
        };
        content: {
          'application/schema+json': components['schemas']['EventJsonSchema'];
        };
      };
      /** @description Chemin illisible (encodage pour cent invalide) */
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
      /** @description Type d'événement ou version inconnus */
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
  ready: {
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
    };
  };
}
