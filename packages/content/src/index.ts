export * from './documents'
export * from './routes'
export * from './tags'
