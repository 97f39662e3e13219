/**
 * What was dropped on the window: the files, with folders walked (their files get relative
 * paths like "reports/august/b.md"), for a browser, which cannot give paths. Uses the
 * File and Directory Entries API that every current browser has.
 */
export interface DroppedItem {
  /** Relative path for files inside a dropped folder, else the file name. */
  name: string;
  file: File;
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(success: (file: File) => void, failure: (error: Error) => void): void;
  createReader?(): { readEntries(success: (entries: Entry[]) => void, failure: (error: Error) => void): void };
}

async function walk(entry: Entry, into: DroppedItem[]): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file!(resolve, reject));
    into.push({ name: entry.fullPath.replace(/^\//, '') || file.name, file });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries returns entries in batches until it returns an empty one.
    for (;;) {
      const batch = await new Promise<Entry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child, into);
    }
  }
}

export async function droppedItems(data: DataTransfer): Promise<DroppedItem[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => (item as DataTransferItem & { webkitGetAsEntry?(): Entry | null }).webkitGetAsEntry?.() ?? null);
  if (entries.every((e) => e !== null) && entries.length > 0) {
    const items: DroppedItem[] = [];
    for (const entry of entries) await walk(entry!, items);
    return items;
  }
  return Array.from(data.files).map((file) => ({ name: file.name, file }));
}
