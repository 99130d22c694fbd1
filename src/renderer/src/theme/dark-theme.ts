import {
  alertDark,
  buttonDark,
  cardDark,
  checkboxDark,
  commonDark,
  datePickerDark,
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
  popoverDark,
  radioDark,
  scrollbarDark,
  selectDark,
  spaceDark,
  spinDark,
  switchDark,
  tagDark,
  type GlobalTheme
} from 'naive-ui'

/**
 * Naive UI's dark theme for the components the app uses, and only those: the full
 * `darkTheme` carries the dark styles of some ninety components (about 15 KB gzip).
 * A component added to the app joins this list, or it stays light in dark mode (a test
 * checks every component the app imports).
 */
export const darkTheme: GlobalTheme = {
  name: 'dark',
  common: commonDark,
  Alert: alertDark,
  Button: buttonDark,
  Card: cardDark,
  Checkbox: checkboxDark,
  DatePicker: datePickerDark,
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
  Popover: popoverDark,
  Radio: radioDark,
  Scrollbar: scrollbarDark,
  Select: selectDark,
  Space: spaceDark,
  Spin: spinDark,
  Switch: switchDark,
  Tag: tagDark
}
