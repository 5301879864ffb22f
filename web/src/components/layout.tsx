import { type ReactNode, useEffect, useRef } from "react";
import { Link, NavLink, useLocation } from "react-router";

export interface NavItem {
  to: string;
  label: string;
  /** Highlight only on this exact path, not on the paths below it (/people is not /people/:id). */
  end?: boolean;
}

interface LayoutProps {
  nav?: NavItem[];
  /** Shown beside the app name, e.g. the workspace, so people know where they are. */
  context?: string | undefined;
  children: ReactNode;
}

/**
 * The page frame: a skip link, the header with the app name and navigation, and the one `<main>`.
 * After client-side navigation, focus moves to `<main>` so screen readers start at the new screen.
 */
export function Layout({ nav = [], context, children }: LayoutProps) {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);

  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Rapport
          </Link>
          {context ? <span className="site-header__context">{context}</span> : null}
          {nav.length > 0 ? (
            <nav aria-label="Main" className="site-nav">
              <ul>
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end ?? false}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        {children}
      </main>
      <footer className="site-footer">
        <p>Rapport · know the people you lead</p>
      </footer>
    </div>
  );
}
