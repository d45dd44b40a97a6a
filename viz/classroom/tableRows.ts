/** Table rows of plain text (names and organisations come from people: never markup). */
export function textRow(doc: Document, ...cells: string[]): HTMLTableRowElement {
  const tr = doc.createElement('tr');
  for (const text of cells) {
    const td = doc.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}
