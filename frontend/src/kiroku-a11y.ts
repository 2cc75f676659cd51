/**
 * Repairs to third-party components that axe-core's WCAG checks find.
 *
 * vaadin-tabs keeps its tabs in a scroll container with tabindex="-1", which makes a focusable element a child of
 * the tablist (aria-required-children). The tabs themselves take the focus, so the container needs none. The
 * attribute is static in the element's template, so taking it away once, after the first render, is enough.
 * (The registry reads lifecycle callbacks once at definition, so the hook is firstUpdated, which Lit looks up.)
 */
function repairTabs(tabs: Element): void {
  tabs.shadowRoot?.querySelector('[part="tabs"][tabindex]')?.removeAttribute('tabindex');
}

customElements.whenDefined('vaadin-tabs').then((tabsClass) => {
  const prototype = tabsClass.prototype as { firstUpdated?: (changed: unknown) => void };
  const firstUpdated = prototype.firstUpdated;
  prototype.firstUpdated = function (this: HTMLElement, changed: unknown) {
    firstUpdated?.call(this, changed);
    repairTabs(this);
  };
  document.querySelectorAll('vaadin-tabs').forEach(repairTabs);
});
