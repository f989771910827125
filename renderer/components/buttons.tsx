// The buttons of the app, from the NL Design System library, in one place so screens do not
// each pick their own.
export { ActionGroup as ButtonGroup, Button, ButtonLink } from '@rijkshuisstijl-community/components-react';
