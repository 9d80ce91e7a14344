/**
 * The answers about the account that the studio asks for at start: one local editor, an
 * administrator of one project with one dataset, on every origin. There is no login: the lake
 * listens on loopback only, so whoever can reach it is the person at this machine.
 */
export const LOCAL_EDITOR = {
  id: 'local-editor',
  name: 'Local editor',
  email: 'editor@localhost',
  profileImage: null,
  provider: 'local',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
}

const ALL_DOCUMENTS = '_id in path("**")'
/** The dataset grants (`/acl`): read, create, update and history of every document. */
export const EDITOR_GRANTS = [
  { filter: ALL_DOCUMENTS, permissions: ['read', 'create', 'history', 'update'] },
]

export function projectFor(projectId: string, datasetName: string) {
  const member = { id: LOCAL_EDITOR.id, role: 'administrator', roles: LOCAL_EDITOR.roles }
  return {
    id: projectId,
    displayName: 'ChaffCent Ventures (local)',
    studioHost: null,
    organizationId: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: { color: '#1f6f5c' },
    members: [{ ...member, isCurrentUser: true, isRobot: false, createdAt: '2026-01-01' }],
    features: [],
    datasets: [{ name: datasetName, aclMode: 'public' }],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  }
}

/** The project grants, in the shape `/projects/<id>/grants` answers. */
export const PROJECT_GRANTS = Object.fromEntries(
  ['sanity.project', 'sanity.project.datasets', 'sanity.project.members'].map((resource) => [
    resource,
    [{ grants: ['read', 'update', 'create', 'delete'].map((name) => ({ name, params: {} })) }],
  ]),
)
