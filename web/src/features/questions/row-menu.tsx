import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";

export interface MenuAction {
  key: string;
  label: string;
  disabled?: boolean;
  danger?: boolean;
  onSelect: () => void;
}

interface RowMenuProps {
  /** The button's visible word. */
  label: string;
  /** Its accessible name, which starts with the visible word (WCAG 2.5.3) and says which row. */
  name: string;
  actions: MenuAction[];
}

const enabledItems = (items: (HTMLButtonElement | null)[]) =>
  items.filter((item): item is HTMLButtonElement => !!item && !item.disabled);

/**
 * A row's rarer actions behind one button (the WAI-ARIA menu button pattern): Enter, Space or the
 * down arrow opens it on the first action, the arrows, Home and End move between actions, Escape
 * closes it and gives focus back to the button, and Tab or a click elsewhere closes it.
 */
export function RowMenu({ label, name, actions }: RowMenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([]);
  const firstFocus = useRef<"first" | "last">("first");

  const enabled = () =>
    itemsRef.current.filter((item): item is HTMLButtonElement => !!item && !item.disabled);

  useEffect(() => {
    if (!open) return;
    const items = enabledItems(itemsRef.current);
    (firstFocus.current === "first" ? items[0] : items.at(-1))?.focus();
    const away = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", away);
    return () => document.removeEventListener("mousedown", away);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      firstFocus.current = event.key === "ArrowDown" ? "first" : "last";
      setOpen(true);
    }
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = enabled();
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (index: number) => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === "ArrowDown") go(at + 1);
    else if (event.key === "ArrowUp") go(at - 1);
    else if (event.key === "Home") go(0);
    else if (event.key === "End") go(items.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") setOpen(false);
  };

  return (
    <div className="row-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary"
        aria-label={name}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        data-action="menu"
        onClick={() => {
          firstFocus.current = "first";
          setOpen((was) => !was);
        }}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div id={`${id}-menu`} role="menu" aria-label={name} className="row-menu__list" onKeyDown={onMenuKey}>
          {actions.map((action, index) => (
            <button
              key={action.key}
              ref={(element) => {
                itemsRef.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-action={action.key}
              disabled={action.disabled}
              className={action.danger ? "row-menu__item row-menu__item--danger" : "row-menu__item"}
              onClick={() => {
                close(false);
                action.onSelect();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
