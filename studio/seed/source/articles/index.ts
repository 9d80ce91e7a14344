import { article, type ArticleSource } from '../lib/documents'
import { aviationTraining } from './aviation-training-capability-not-compliance'
import { capabilityThroughLife } from './capability-development-through-life'
import { counterUavRequirements } from './counter-uav-requirements-start-with-the-site'
import { dataToDecision } from './data-to-decision-governed-exploitation-layers'
import { dronesNearAerodromes } from './drones-near-aerodromes-shared-responsibility'
import { itOtConvergence } from './it-ot-convergence-high-consequence-environments'
import { layeredSystems } from './layered-systems-complex-security-environments'
import { procuringAdvancedTechnology } from './procuring-advanced-technology-questions'
import { resilienceExercising } from './resilience-exercising-testing-decisions'
import { upstreamResilience } from './upstream-oil-gas-remote-site-resilience'

/** Every Insights article, oldest first; the seed writes them in this order. */
export const articles: ArticleSource[] = [
  aviationTraining,
  counterUavRequirements,
  itOtConvergence,
  layeredSystems,
  dataToDecision,
  upstreamResilience,
  capabilityThroughLife,
  resilienceExercising,
  dronesNearAerodromes,
  procuringAdvancedTechnology,
]

export { itOtConvergence }

export const articleDocuments = () => articles.map(article)
