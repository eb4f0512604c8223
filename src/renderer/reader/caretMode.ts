// Caret browsing for the reader (F7, as in browsers): the article gets a text caret so a selection
// can be made with Shift+arrow keys. Every edit is refused, so the article's text never changes.

export class CaretMode {
  private on = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly onToggle: (on: boolean) => void,
  ) {
    root.addEventListener('beforeinput', (e) => {
      if (this.on) e.preventDefault();
    });
    for (const type of ['drop', 'paste', 'cut', 'dragstart']) {
      root.addEventListener(type, (e) => {
        if (this.on) e.preventDefault();
      });
    }
    document.addEventListener('keydown', (e) => {
      if (e.key === 'F7') {
        e.preventDefault();
        this.toggle();
      }
    });
  }

  get enabled(): boolean {
    return this.on;
  }

  toggle(force?: boolean): void {
    this.on = force ?? !this.on;
    if (this.on) {
      this.root.contentEditable = 'true';
      this.root.spellcheck = false;
      this.root.setAttribute('aria-readonly', 'true');
      this.root.focus();
      const sel = document.getSelection();
      if (sel && (sel.rangeCount === 0 || !this.root.contains(sel.anchorNode))) {
        const heading = this.root.querySelector('h1') ?? this.root;
        sel.collapse(heading, 0);
      }
    } else {
      this.root.removeAttribute('contenteditable');
      this.root.removeAttribute('aria-readonly');
    }
    this.onToggle(this.on);
  }
}
