interface NavigationEntryLike {
  index: number;
  sameDocument: boolean;
}
interface NavigationLike {
  currentEntry: NavigationEntryLike | null;
  entries(): NavigationEntryLike[];
}

/** Where this document's own history began (the Navigation API where the browser has it). */
const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
const loadedAt = navigation?.currentEntry?.index;

/**
 * Takes the tab's history back to where this page was loaded and drops every entry after it, so that "Back"
 * (or "Forward") cannot reach the screens of the person who just left. In-app navigation adds entries to one
 * document (pushState), so they are all same-document and can be walked back without unloading; the push at
 * the end is what drops the later entries (a replace would keep them). Where the Navigation API is missing,
 * resolves false, and the caller replaces the page instead (earlier entries then stay, but show nothing:
 * their drafts are gone and the welcome screen is where they lead).
 */
export async function rewindHistory(): Promise<boolean> {
  const here = navigation?.currentEntry?.index;
  if (!navigation || here === undefined || loadedAt === undefined) return false;
  const steps = here - loadedAt;
  if (steps > 0 && navigation.entries()[loadedAt]?.sameDocument) {
    await new Promise<void>((resolve) => {
      addEventListener('popstate', () => resolve(), { once: true });
      history.go(-steps);
    });
  }
  history.replaceState(null, '', '/');
  history.pushState(null, '', '/');
  return true;
}
