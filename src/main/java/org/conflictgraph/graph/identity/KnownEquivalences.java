package org.conflictgraph.graph.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of one armed group or body that share neither spelling nor initials: acronyms of names in another
 * language, renamings, nicknames (ISIS, ISIL, IS, Daesh; JNIM and GSIM). General knowledge of the groups
 * active in armed conflicts; extend freely. A group whose key is a state key ({@code forces:il}) joins that
 * state's forces.
 */
final class KnownEquivalences {

    private static final Map<String, String> GROUP = new HashMap<>();
    private static final Map<String, List<String>> NAMES = new HashMap<>();

    static {
        group("eq:islamic-state", "Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Daish",
                "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
                "Islamic State of Iraq and al-Sham", "Islamic State of Iraq and ash-Sham", "Islamic State group",
                "ISIS group", "IS group");
        group("eq:iswap", "ISWAP", "Islamic State West Africa Province", "Islamic State's West Africa Province",
                "Islamic State in West Africa Province", "Islamic State West Africa", "ISWA");
        group("eq:iskp", "ISKP", "IS-K", "ISIS-K", "ISK", "Islamic State Khorasan Province",
                "Islamic State Khorasan", "Islamic State in Khorasan", "Wilayat Khurasan", "Wilayat Khorasan",
                "Islamic State-Khorasan", "Islamic State Khorasan Province (ISKP)");
        group("eq:isgs", "ISGS", "Islamic State in the Greater Sahara", "Islamic State Greater Sahara",
                "Islamic State Sahel Province", "IS Sahel");
        group("eq:jnim", "JNIM", "GSIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
                "Jama'a Nusrat ul-Islam wa al-Muslimin", "Group to Support Islam and Muslims",
                "Group for the Support of Islam and Muslims", "Support Group for Islam and Muslims");
        group("eq:aqim", "AQIM", "al-Qaeda in the Islamic Maghreb", "al-Qaida in the Islamic Maghreb");
        group("eq:aqap", "AQAP", "al-Qaeda in the Arabian Peninsula", "al-Qaida in the Arabian Peninsula");
        group("eq:aqis", "AQIS", "al-Qaeda in the Indian Subcontinent");
        group("eq:houthis", "Houthis", "Houthi", "Houthi rebels", "Houthi movement", "Ansar Allah", "Ansarallah");
        group("eq:hezbollah", "Hezbollah", "Hizbollah", "Hizbullah", "Hizballah");
        group("eq:shabaab", "al-Shabaab", "Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen",
                "Harakat al-Shabab al-Mujahidin");
        group("eq:boko-haram", "Boko Haram", "JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
                "Jamaatu Ahlis Sunna Liddaawati wal-Jihad");
        group("eq:nusra", "Jabhat al-Nusra", "al-Nusra Front", "Nusra Front", "Jabhat Fateh al-Sham",
                "Jabhat Fatah al-Sham");
        group("eq:hts", "HTS", "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Tahrir al-Sham");
        group("eq:hamas", "Hamas", "Islamic Resistance Movement");
        group("eq:qassam", "Qassam Brigades", "al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades",
                "Ezzedine al-Qassam Brigades");
        group("eq:pij", "PIJ", "Palestinian Islamic Jihad", "Islamic Jihad", "Islamic Jihad Movement in Palestine");
        group("eq:pa", "Palestinian Authority", "Palestinian National Authority");
        group("eq:plo", "PLO", "Palestine Liberation Organization", "Palestine Liberation Organisation");
        group("eq:tplf", "TPLF", "Tigray People's Liberation Front");
        group("eq:sdf", "SDF", "Syrian Democratic Forces");
        group("eq:ypg", "YPG", "People's Protection Units");
        group("eq:pkk", "PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party");
        group("eq:fsa", "FSA", "Free Syrian Army");
        group("eq:syrian-national-army", "Syrian National Army");
        group("eq:rsf", "RSF", "Rapid Support Forces");
        group("eq:m23", "M23", "March 23 Movement", "M23 rebels");
        group("eq:adf", "ADF", "Allied Democratic Forces");
        group("eq:lra", "LRA", "Lord's Resistance Army");
        group("eq:ttp", "TTP", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan");
        group("eq:haqqani", "Haqqani network", "Haqqanis");
        group("eq:mnla", "MNLA", "National Movement for the Liberation of Azawad");
        group("eq:wagner", "Wagner", "Wagner Group", "PMC Wagner", "Wagner mercenaries");
        group("eq:un", "UN", "United Nations", "U.N.", "the UN", "the United Nations");
        group("eq:unsc", "UNSC", "UN Security Council", "U.N. Security Council", "United Nations Security Council",
                "Security Council");
        group("eq:unhcr", "UNHCR", "UN refugee agency", "United Nations High Commissioner for Refugees");
        group("eq:ohchr", "OHCHR", "UN human rights office", "U.N. human rights office",
                "Office of the UN High Commissioner for Human Rights");
        group("eq:unicef", "UNICEF", "United Nations Children's Fund", "UN children's agency");
        group("eq:wfp", "WFP", "World Food Programme", "World Food Program");
        group("eq:who", "WHO", "World Health Organization", "World Health Organisation");
        group("eq:icrc", "ICRC", "International Committee of the Red Cross", "Red Cross");
        group("eq:msf", "MSF", "Doctors Without Borders", "Medecins Sans Frontieres");
        group("eq:hrw", "HRW", "Human Rights Watch");
        group("eq:ai", "Amnesty International", "Amnesty");
        group("eq:opcw", "OPCW", "Organisation for the Prohibition of Chemical Weapons",
                "Organization for the Prohibition of Chemical Weapons");
        group("eq:sohr", "SOHR", "Syrian Observatory for Human Rights", "Syrian Observatory");
        group("eq:white-helmets", "White Helmets", "Syria Civil Defence", "Syrian Civil Defence",
                "Syria Civil Defense", "Syrian Civil Defense");
        group("eq:nato", "NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation");
        group("eq:au", "AU", "African Union");
        group("eq:amisom", "AMISOM", "African Union Mission in Somalia", "ATMIS", "African Union Transition Mission in Somalia");
        group("eq:ecowas", "ECOWAS", "Economic Community of West African States");
        group("eq:eu", "EU", "European Union");
        group("eq:minusma", "MINUSMA", "UN peacekeeping mission in Mali", "United Nations Multidimensional Integrated Stabilization Mission in Mali");
        group("eq:monusco", "MONUSCO");
        group("eq:g5-sahel", "G5 Sahel", "G5 Sahel joint force", "G5 Sahel Joint Force", "G5 Sahel force",
                "FC-G5S", "G5 Sahel command");
        group("eq:barkhane", "Barkhane", "Operation Barkhane", "Barkhane force", "French Barkhane force");
        group("eq:cia", "CIA", "Central Intelligence Agency");
        group("eq:pentagon", "Pentagon", "US Department of Defense", "U.S. Department of Defense",
                "Department of Defense", "US Defense Department", "Defense Department");
        group("eq:state-dept", "State Department", "US State Department", "U.S. State Department",
                "Department of State");
        group("eq:irgc", "IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Revolutionary Guard",
                "Iran's Revolutionary Guards");
        group("eq:quds", "Quds Force", "IRGC Quds Force");
        group("eq:pmf", "PMF", "Popular Mobilization Forces", "Popular Mobilisation Forces", "Hashd al-Shaabi");
        group("eq:ansar-dine", "Ansar Dine", "Ansar al-Din", "Ansar Eddine");
        group("eq:ansarul-islam", "Ansarul Islam", "Ansaroul Islam", "Ansar ul Islam");
        group("eq:ahrar", "Ahrar al-Sham", "Ahrar ash-Sham", "Harakat Ahrar al-Sham al-Islamiyya");
        group("eq:jaish-islam", "Jaish al-Islam", "Army of Islam");
        group("eq:site", "SITE Intelligence Group", "SITE");
        group("forces:il", "IDF", "Israel Defense Forces", "Israel Defence Forces", "Israeli Defense Forces",
                "Israeli Defence Forces", "Tsahal");
        group("forces:ml", "FAMa", "Malian Armed Forces", "Forces Armees Maliennes");
        group("forces:sd", "SAF", "Sudanese Armed Forces");
        group("forces:cd", "FARDC", "Armed Forces of the Democratic Republic of the Congo");
        group("forces:ng", "Nigerian Army");
        group("forces:af", "ANDSF", "Afghan National Defense and Security Forces", "Afghan National Army", "ANA");
        group("forces:ua", "Armed Forces of Ukraine", "ZSU");
        group("forces:ru", "Russian Armed Forces", "Armed Forces of the Russian Federation");
        group("forces:et", "ENDF", "Ethiopian National Defense Force", "Ethiopian National Defence Force");
        group("forces:so", "Somali National Army");
        group("forces:sy", "SAA", "Syrian Arab Army", "Syrian army", "Syrian regime forces",
                "Syrian government forces", "Assad regime forces", "pro-government forces in Syria");
    }

    private KnownEquivalences() {
    }

    private static void group(String key, String... names) {
        for (String n : List.of(names)) {
            GROUP.putIfAbsent(NameKeys.norm(n), key);
        }
        NAMES.computeIfAbsent(key, k -> new java.util.ArrayList<>()).addAll(List.of(names));
    }

    /** Every name of an equivalence key's group (empty for an unknown key). */
    static List<String> namesOf(String key) {
        return NAMES.getOrDefault(key, List.of());
    }

    /** The equivalence key of a normalised name, or null. */
    static String groupOf(String normalised) {
        return GROUP.get(normalised);
    }
}
