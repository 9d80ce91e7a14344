export { locations } from './locations'
export { mainDocuments } from './mainDocuments'
