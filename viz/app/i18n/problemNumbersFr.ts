/** Numbers in the French words of problems, written as the rest of the page writes them. */

/** 1,000,000 → 1 000 000 (a narrow no-break space, as the rest of the page's French numbers). */
export const count = (n: number): string => n.toLocaleString('en').replace(/,/g, '\u202f');

/** What the user wrote (a number, or a text holding numbers), with the French decimal mark: 0.5 → 0,5. */
export const written = (value: number | string): string => String(value).replace(/(\d)\.(\d)/g, '$1,$2');
