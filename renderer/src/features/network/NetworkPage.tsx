// The network view. Until it is built, it says so honestly and shows the data it will use.
import { ComingNextPage } from '../coming-next/ComingNextPage';

export function NetworkPage({ id }: { id: string | null }) {
  void id;
  return <ComingNextPage section="network" />;
}
