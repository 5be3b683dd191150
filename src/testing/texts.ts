/**
 * Short articles written for the project's own tests (not taken from the
 * evaluation set), from several regions and conflicts.
 */
export const SAHEL = `JNIM fighters attack army post near Gao

Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked an army post near Gao on Friday, the Malian army said in a statement. The group has been active in the region for years.

Colonel Souleymane Dembele, the army spokesman, said at least twelve soldiers were killed. Dembele added that reinforcements had been sent from Bamako.
`;

export const SYRIA = `Rebels seize checkpoint in Idlib

Hay'at Tahrir al-Sham (HTS) seized a government checkpoint south of Idlib on Tuesday, according to the Syrian Observatory for Human Rights. The group later released two captured soldiers.

HTS commander Abu Khaled al-Shami told reporters that the operation was a response to shelling by government forces.
`;

export const COLOMBIA = `ELN releases hostages in Arauca

The National Liberation Army (ELN) released four hostages in Arauca on Sunday, the Ombudsman's Office said. The rebels handed the captives over to a humanitarian commission.

Government negotiator Maria Torres said the release was a gesture of goodwill ahead of new talks with the ELN in Caracas.
`;

export const MYANMAR = `Arakan Army takes border town

The Arakan Army (AA) captured a border police post in Paletwa township last week, the group said. The AA is a member of the Three Brotherhood Alliance.

The junta denied that the post had fallen. Naypyidaw accused the rebels of attacking civilians.
`;
