import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { Loading } from "./messages";

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
          {context ? (
            <span className="site-header__context" dir="auto">
              {context}
            </span>
          ) : null}
          {nav.length > 0 ? <SiteNav nav={nav} pathname={pathname} /> : null}
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

/**
 * What shows while Rapport opens, before it knows who is signed in. `web/index.html` holds the same
 * markup in its root element, so the browser paints it before any script has loaded and React then
 * takes it over unchanged (`opening-screen.test.ts` keeps the two the same).
 */
export function OpeningScreen() {
  return (
    <Layout>
      <Loading label="Opening Rapport…" />
    </Layout>
  );
}

/**
 * The main navigation. Below 600 px wide it folds behind a "Menu" button (a disclosure: the button
 * says whether the list is open); it folds again after each navigation and on Escape, which gives
 * the focus back to the button.
 */
function SiteNav({ nav, pathname }: { nav: NavItem[]; pathname: string }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fold the menu whenever the path changes.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <nav
      aria-label="Main"
      className="site-nav"
      data-open={open}
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="site-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="site-nav__toggle-icon" aria-hidden="true" />
        Menu
      </button>
      <ul id={listId}>
        {nav.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
