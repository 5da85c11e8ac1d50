import ccis from '../../reference/ccis.json' with { type: 'json' };
import normandieCom from '../../reference/com/normandie-2023-2027.json' with { type: 'json' };
import cop from '../../reference/cop.json' with { type: 'json' };
import coverage from '../../reference/coverage.json' with { type: 'json' };
import governanceBodies from '../../reference/governance-bodies.json' with { type: 'json' };
import regions from '../../reference/regions.json' with { type: 'json' };
import srom from '../../reference/srom.json' with { type: 'json' };
import units from '../../reference/units.json' with { type: 'json' };
import { loadReferenceData, type ReferenceFiles } from './reference-data.js';

/** The reference files shipped with the product (packages/domain/reference/). */
export const bundledReferenceFiles: ReferenceFiles = {
  regions,
  ccis,
  governanceBodies,
  srom,
  units,
  cop,
  coverage,
  coms: [normandieCom],
};

/** The product's reference data, validated when the module loads. */
export const referenceData = loadReferenceData(bundledReferenceFiles);
