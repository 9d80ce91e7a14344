import { enquiryConfig } from './config'
import { emailSink } from './sinks/email'
import { lakeSink } from './sinks/lake'
import { openEnquiryStore, type EnquiryStore, type Sink } from './store'
import { deliveryWorker, type Sinks } from './worker'

interface Service {
  config: ReturnType<typeof enquiryConfig>
  store: EnquiryStore
  sinks: Sinks
  sinkNames: Sink[]
}

/** One store and one set of sinks per server process (Next may load this module twice). */
const holder = globalThis as typeof globalThis & { __enquiries?: Service }

export function enquiryService(): Service {
  if (holder.__enquiries) return holder.__enquiries
  const config = enquiryConfig()
  const sinks: Sinks = {
    ...(config.lake ? { lake: lakeSink(config.lake) } : {}),
    ...(config.email ? { email: emailSink(config.email) } : {}),
  }
  const sinkNames = (['lake', 'email'] as const).filter((name) => sinks[name])
  holder.__enquiries = { config, store: openEnquiryStore(config.storePath), sinks, sinkNames }
  return holder.__enquiries
}

/** Starts delivering in the background: from instrumentation's register, in the Node runtime. */
export function startDeliveries(): void {
  const { config, store, sinks, sinkNames } = enquiryService()
  if (sinkNames.length === 0)
    console.log(
      '[enquiries] no sink is configured (SANITY_WRITE_TOKEN, SMTP_URL): enquiries stay in the store',
    )
  deliveryWorker({ store, sinks, retentionMs: config.retentionMs }).start()
}
