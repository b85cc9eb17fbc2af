import KDBush from "kdbush";
import { around } from "geokdbush";

export interface IndexedPoint<T> {
  lat: number;
  lng: number;
  value: T;
}

/**
 * A static k-d tree over points for k-nearest-neighbour queries by great-circle distance (geokdbush):
 * a query visits only the tree nodes that can hold a nearer point, never every point.
 */
export class NearestIndex<T> {
  private readonly tree: KDBush;
  private readonly points: IndexedPoint<T>[];

  constructor(points: IndexedPoint<T>[]) {
    this.points = points;
    this.tree = new KDBush(points.length);
    for (const p of points) this.tree.add(p.lng, p.lat);
    this.tree.finish();
  }

  get size(): number {
    return this.points.length;
  }

  /** Up to `limit` points nearest to (lat, lng) that pass `accept`, nearest first. */
  nearest(lat: number, lng: number, limit: number, accept?: (value: T) => boolean): T[] {
    const ids = around(this.tree, lng, lat, limit, Infinity, accept ? (i: number) => accept(this.points[i]!.value) : undefined);
    return ids.map((i) => this.points[i]!.value);
  }
}
