import { NotFoundContent } from '@/components/not-found/NotFoundContent'

export default function NotFound() {
  return <NotFoundContent />
}
