/** What marks a file as a Sverka project. */

/** `PRAGMA application_id` of every Sverka project: the ASCII bytes "SVRK". */
export const SVERKA_APPLICATION_ID = 0x5356524b;

/** File name extension of a project. */
export const PROJECT_EXTENSION = '.sverka';
