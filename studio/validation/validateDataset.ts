import { pathToString, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { compiledSchema } from './compiledSchema'
import { datasetClient, documentExistsIn, type DatasetDocument } from './datasetClient'

/** One failed rule: which document, where in it, and what the editor is told. */
export interface Problem {
  documentId: string
  path: string
  level: 'error' | 'warning'
  message: string
}

export interface ValidateOptions {
  /** The documents references and slugs are checked against; by default the ones validated. */
  dataset?: readonly DatasetDocument[]
  /**
   * "cli" checks as `sanity documents validate` does, adding a warning for every field the
   * schema does not know. That extra check is attached to each object's own rules and
   * turns their messages into Sanity's generic ones ("Required"), so "studio" is the
   * environment in which to read the messages editors see.
   */
  environment?: 'cli' | 'studio'
}

/**
 * Runs the studio's own validation rules on each document: references must point into
 * the dataset and slugs must be unique within it. Informational markers are left out.
 */
export async function validateDataset(
  documents: readonly DatasetDocument[],
  { dataset = documents, environment = 'cli' }: ValidateOptions = {},
): Promise<Problem[]> {
  const client = datasetClient(dataset)
  // validateDocument reads only the schema, the client and (optionally) i18n from a workspace.
  const workspace = { schema: compiledSchema, getClient: () => client } as Pick<
    Workspace,
    'schema' | 'getClient'
  > as Workspace
  const getDocumentExists = documentExistsIn(dataset)

  const perDocument = await Promise.all(
    documents.map(async (document) => {
      const markers = await validateDocument({
        document: document as SanityDocument,
        workspace,
        getDocumentExists,
        environment,
      })
      return markers.flatMap((marker): Problem[] =>
        marker.level === 'info'
          ? []
          : [
              {
                documentId: document._id,
                path: pathToString(marker.path),
                level: marker.level,
                message: marker.message,
              },
            ],
      )
    }),
  )
  return perDocument.flat()
}

/** A problem as one readable line: `article-x related[_key=="a"] [error]: message`. */
export function describeProblem({ documentId, path, level, message }: Problem): string {
  return `${documentId} ${path || '(document)'} [${level}]: ${message}`
}
