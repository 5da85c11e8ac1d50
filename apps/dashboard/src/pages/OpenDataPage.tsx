import { useQuery } from '@tanstack/react-query';

import { dataOf } from '../api/api-call.js';
import type { paths } from '../api/generated/read-api.js';
import { createReadApi } from '../api/read-api-client.js';
import { useDocumentTitle } from '../app/use-document-title.js';

/** No session here: the open data is public, and the gateway forwards its reads without one. */
const readApi = createReadApi((request) => fetch(request));

const FILES = {
  csv: '/v1/donnees-ouvertes/consolidation-cop.csv',
  json: '/v1/donnees-ouvertes/consolidation-cop.json',
  dictionary: '/v1/donnees-ouvertes/dictionnaire.json',
} as const satisfies Record<string, keyof paths>;

const ROWS_LABELS = { toutes: 'toutes', france: 'France', region: 'régions' } as const;

/**
 * The open data (`/donnees-ouvertes`), public: what CCI France publishes of the national COP
 * consolidation, at what granularity and why, under which licence, the three files, and the data
 * dictionary as the read API serves it (the one description of the columns, in the read API's code).
 * The dictionary is read once: it changes only with a new release.
 */
export function OpenDataPage() {
  useDocumentTitle('Données ouvertes');
  const dictionary = useQuery({
    queryKey: ['open-data', 'dictionary'],
    queryFn: ({ signal }) => dataOf('lecture', readApi.GET(FILES.dictionary, { signal })),
  });
  const about = dictionary.data;

  return (
    <main id="contenu" className="public-page open-data">
      <h1>Données ouvertes</h1>
      <p className="lead">
        CCI France publie la consolidation nationale des indicateurs du contrat d’objectifs et de performance
        (COP) du réseau des CCI : les chiffres de la France et ceux de chaque région, année par année.
      </p>

      <section aria-labelledby="publie">
        <h2 id="publie">Ce qui est publié</h2>
        <ul>
          <li>
            Pour chaque indicateur du COP, chaque année et chaque région : la valeur annuelle que la CCI
            régionale a validée, l’indicateur de sa COM dont elle vient et, pour un cumul à date, si la valeur
            est reportée d’une année antérieure.
          </li>
          <li>
            Pour chaque indicateur du COP et chaque année, la France : la valeur consolidée, le nombre de
            régions comptées et les régions manquantes, avec leur raison.
          </li>
        </ul>
        <p>
          Seuls les chiffres validés par les CCI régionales sont publiés, agrégés par région : jamais le
          chiffre d’une CCI territoriale, ni une déclaration en attente de validation, renvoyée ou en
          brouillon. Une CCI n’est ainsi jamais engagée par un chiffre qu’elle n’a pas validé. Les régions
          simulées pour la démonstration sont signalées (colonne « simulee »).
        </p>
      </section>

      <section aria-labelledby="telecharger">
        <h2 id="telecharger">Télécharger</h2>
        <ul className="open-data-files">
          <li>
            <a href={FILES.csv} download>
              La consolidation en CSV
            </a>{' '}
            (séparateur « ; », virgule décimale, UTF-8)
          </li>
          <li>
            <a href={FILES.json} download>
              La consolidation en JSON
            </a>{' '}
            (avec sa description et son dictionnaire)
          </li>
          <li>
            <a href={FILES.dictionary} download>
              Le dictionnaire des données en JSON
            </a>
          </li>
        </ul>
        <p>Les fichiers sont produits à la demande, à partir de la consolidation nationale du moment.</p>
      </section>

      {dictionary.isPending && (
        <p role="status" className="loading">
          Chargement du dictionnaire des données…
        </p>
      )}
      {dictionary.error && (
        <p className="banner banner-alert" role="alert">
          {dictionary.error.message}
        </p>
      )}
      {about && (
        <>
          <section aria-labelledby="licence">
            <h2 id="licence">Licence</h2>
            <p>
              Les données sont publiées sous la{' '}
              <a href={about.licence.url} rel="license">
                {about.licence.nom}
              </a>{' '}
              : chacun peut les réutiliser librement, y compris commercialement, en mentionnant leur source,{' '}
              {about.producteur}, et la date de leur dernière mise à jour.
            </p>
            <p>
              Producteur : {about.producteur}. Catalogue des indicateurs : {about.catalogue.libelle}.{' '}
              {about.catalogue.source}
            </p>
          </section>

          <section aria-labelledby="dictionnaire">
            <h2 id="dictionnaire">Dictionnaire des données</h2>
            <p>Les colonnes du CSV, dans leur ordre ; les mêmes champs dans les lignes du JSON.</p>
            <div className="table-scroll">
              <table>
                <caption>Colonnes des données ouvertes</caption>
                <thead>
                  <tr>
                    <th scope="col">Colonne</th>
                    <th scope="col">Type</th>
                    <th scope="col">Lignes</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {about.dictionnaire.map((column) => (
                    <tr key={column.colonne}>
                      <th scope="row">
                        <code>{column.colonne}</code>
                      </th>
                      <td>{column.type}</td>
                      <td>{ROWS_LABELS[column.lignes]}</td>
                      <td>{column.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}

      <p>
        <a href="/">Tableau de bord du réseau</a> (connexion requise)
      </p>
    </main>
  );
}
