"use client";

import { useEffect, useRef } from "react";

type ScalarGlobal = { createApiReference: (element: Element, configuration: Record<string, unknown>) => { destroy: () => void } };

/**
 * Scalar's configuration: nothing outside our origin. No web fonts (the site's own font stack), no request
 * client or its proxy (proxy.scalar.com), no telemetry, no developer toolbar; the document from our own API.
 */
const CONFIGURATION = {
  url: "/api/v1/openapi.json",
  withDefaultFonts: false,
  hideClientButton: true,
  hideTestRequestButton: true,
  telemetry: false,
  showDeveloperTools: "never",
  hideDarkModeToggle: true,
  showOperationId: true,
  documentDownloadType: "json",
  // Scalar's "Ask AI" agent talks to Scalar's servers; it is on by default for localhost.
  agent: { disabled: true },
};

/**
 * Mounts Scalar's API reference after hydration, into a container React renders empty and leaves alone.
 * The bundle's script carries this request's nonce (the CSP allows nothing else).
 */
export function ApiReference({ bundleUrl, nonce }: { bundleUrl: string; nonce?: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let instance: { destroy: () => void } | undefined;
    let cancelled = false;
    const mount = () => {
      const scalar = (window as unknown as { Scalar?: ScalarGlobal }).Scalar;
      if (!cancelled && scalar && container.current) instance = scalar.createApiReference(container.current, CONFIGURATION);
    };
    let script = document.querySelector<HTMLScriptElement>("script[data-scalar-bundle]");
    if (script?.dataset.loaded) mount();
    else {
      if (!script) {
        script = document.createElement("script");
        script.src = bundleUrl;
        if (nonce) script.nonce = nonce;
        script.dataset.scalarBundle = "";
        script.addEventListener("load", () => (script!.dataset.loaded = "true"));
        document.head.append(script);
      }
      script.addEventListener("load", mount);
    }
    return () => {
      cancelled = true;
      script?.removeEventListener("load", mount);
      instance?.destroy();
    };
  }, [bundleUrl, nonce]);
  return <div ref={container} className="api-reference" />;
}
