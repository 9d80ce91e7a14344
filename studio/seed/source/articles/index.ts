import { article, type ArticleSource } from '../lib/documents/article'
import { aerodromeSafeguarding } from './aerodrome-safeguarding-obstacle-management'
import { aviationTraining } from './aviation-training-capability-not-compliance'
import { capabilityThroughLife } from './capability-development-through-life'
import { counterUavRequirements } from './counter-uav-requirements-start-with-the-site'
import { dataToDecision } from './data-to-decision-governed-exploitation-layers'
import { dronesNearAerodromes } from './drones-near-aerodromes-shared-responsibility'
import { itOtConvergence } from './it-ot-convergence-high-consequence-environments'
import { layeredSystems } from './layered-systems-complex-security-environments'
import { operationalRequirement } from './operational-requirement-survives-procurement'
import { procuringAdvancedTechnology } from './procuring-advanced-technology-questions'
import { resilienceExercising } from './resilience-exercising-testing-decisions'
import { otSupplierAssurance } from './supplier-assurance-operational-technology'
import { upstreamResilience } from './upstream-oil-gas-remote-site-resilience'

/** Every Insights article, oldest first; the seed writes them in this order. */
export const articles: ArticleSource[] = [
  aviationTraining,
  counterUavRequirements,
  aerodromeSafeguarding,
  itOtConvergence,
  layeredSystems,
  dataToDecision,
  upstreamResilience,
  capabilityThroughLife,
  otSupplierAssurance,
  resilienceExercising,
  dronesNearAerodromes,
  procuringAdvancedTechnology,
  operationalRequirement,
]

export { itOtConvergence }

export const articleDocuments = () => articles.map(article)
