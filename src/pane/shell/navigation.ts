// What the shell lets its views reach: opening another tab, and which initiative Insatser shows
// (the frame strip puts that initiative's own years beside the frame).
import { createContext, useContext } from 'react';

export type ViewName = 'overview' | 'initiatives' | 'scenarios' | 'decision' | 'issues';

export interface Navigation {
  openView: (view: ViewName) => void;
  chosenInitiative: string | null;
  chooseInitiative: (name: string | null) => void;
}

export const NavigationContext = createContext<Navigation>({
  openView: () => {},
  chosenInitiative: null,
  chooseInitiative: () => {},
});

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
