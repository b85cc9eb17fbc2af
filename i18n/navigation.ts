import { createElement, type ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, not prefetched unless asked: Next.js prefetches every link in view, and the home page
 * shows a dozen (navigation, footer, result list), so each visitor cost the server a dozen page renders
 * while it was answering the map's markers (bench/map-render.ts: the first markers waited ~150 ms on 2 cores).
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch, ...props });
}
