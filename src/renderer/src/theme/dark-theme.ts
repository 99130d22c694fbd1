import {
  alertDark,
  buttonDark,
  cardDark,
  checkboxDark,
  commonDark,
  descriptionsDark,
  dialogDark,
  emptyDark,
  inputDark,
  internalSelectMenuDark,
  internalSelectionDark,
  layoutDark,
  messageDark,
  modalDark,
  notificationDark,
  radioDark,
  scrollbarDark,
  selectDark,
  spaceDark,
  spinDark,
  tagDark,
  type GlobalTheme
} from 'naive-ui'

/**
 * Naive UI's dark theme for the components the app uses, and only those: the full
 * `darkTheme` carries the dark styles of some ninety components (about 15 KB gzip).
 * A component added to the app joins this list, or it stays light in dark mode.
 */
export const darkTheme: GlobalTheme = {
  name: 'dark',
  common: commonDark,
  Alert: alertDark,
  Button: buttonDark,
  Card: cardDark,
  Checkbox: checkboxDark,
  Descriptions: descriptionsDark,
  Dialog: dialogDark,
  Empty: emptyDark,
  Input: inputDark,
  InternalSelectMenu: internalSelectMenuDark,
  InternalSelection: internalSelectionDark,
  Layout: layoutDark,
  Message: messageDark,
  Modal: modalDark,
  Notification: notificationDark,
  Radio: radioDark,
  Scrollbar: scrollbarDark,
  Select: selectDark,
  Space: spaceDark,
  Spin: spinDark,
  Tag: tagDark
}
