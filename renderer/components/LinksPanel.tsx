// A dossier-page panel of links into one part of the work, each with a short hint of what is
// there (the conversation, the client's AVG rights). One markup so both panels look and read alike.
export interface PanelLink {
  readonly href: string;
  readonly label: string;
  readonly hint: string;
}

export function LinksPanel({ headingId, heading, links }: { headingId: string; heading: string; links: readonly PanelLink[] }) {
  return (
    <section className="arr-panel arr-session-links" aria-labelledby={headingId}>
      <h2 className="arr-section-title" id={headingId}>
        {heading}
      </h2>
      <ul className="arr-session-links__list">
        {links.map((link) => (
          <li key={link.href}>
            <a className="nl-link arr-session-links__link" href={link.href}>
              {link.label}
            </a>
            <span className="arr-muted arr-small"> – {link.hint}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
