// The representation gaps planted in the demo workspace, named here so that documentation, demos
// and tests agree on what the analysis is expected to find.

/** Conference podium whose speaking roles (moderator, panelists, reserves) are all men. */
export const ALL_MALE_PODIUM = 'Maintaining';

/** M49 sub-region with no person of that nationality or residence. */
export const EMPTY_SUBREGION = 'Melanesia';

/**
 * The group that declines invitations far more often: women with a nationality or residence in
 * a Least Developed Country (see DISADVANTAGED_DECLINE_RATE in funnel.ts).
 */
export const HIGH_DECLINE_GROUP = 'Women from Least Developed Countries';
