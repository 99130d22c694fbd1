export const MENU_CHANNEL = 'unlinker:menu-command'
