import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Breadcrumbs } from "@/components/breadcrumbs";

describe("breadcrumbs", () => {
  const html = renderToStaticMarkup(
    <Breadcrumbs
      items={[
        { label: "Templates", href: "/templates" },
        { label: "Soleus strain (version 2)", href: "/templates/t1" },
      ]}
      current="Stage 1: Protect"
    />,
  );

  it("links every page above this one, in order, and names this page last without a link", () => {
    expect(html).toMatch(/^<nav aria-label="Breadcrumb"/);
    const links = [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["/templates", "Templates"],
      ["/templates/t1", "Soleus strain (version 2)"],
    ]);
    expect(html).toContain('<span aria-current="page">Stage 1: Protect</span>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it("keeps the separators away from screen readers", () => {
    expect(html.match(/<span aria-hidden="true"[^>]*>\/<\/span>/g)).toHaveLength(2);
  });
});
